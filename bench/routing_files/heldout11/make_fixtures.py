"""Recreate the fixture files used by the eleventh held-out routing set (bench/routing_heldout11/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout11/make_fixtures.py

Written on the shared helpers in ``bench/routing_files/fixture_kit.py`` (fonts, the "photographed"
look, scikit-image samples, espeak-ng synthesis and bitexact ffmpeg encoding). Everything is generated
from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow and really contain their text; the ``.jpg``/``.JPG`` ones are
  "photographed" (slight rotation, blur, seeded noise) or drawn as scenes; the two ``.png`` files are
  screenshots (one of them, a social-media post, is a cake photo with text around it);
* the photos are scikit-image's bundled samples ``astronaut``, ``rocket`` and ``hubble_deep_field``
  (cropped, resized), or scenes drawn with Pillow plus seeded noise and blur (a Christmas tree with
  presents, a child's crayon drawing on a scanner, the five photos of the album ``roadtrip_highlands/``);
* audio is synthesized with espeak-ng and re-encoded with ffmpeg to mono 16 kHz (8 kHz for .wav) in
  several containers (.m4a, .opus, .wav, .mp3, .ogg), each clip under 14 s.

Every file stays under 200 KB. The routing set only *plans*, so the files exist to make the requests
realistic and the paths real; their content matches what the requests ask about.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/routing_files: fixture_kit

from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
    HAND_BOLD,
    MARKER,
    MONO,
    MONO_BOLD,
    SANS,
    SERIF,
    SERIF_BOLD,
    draw_lines,
    font,
    gradient,
    photo_finish,
    photographed,
    report,
    save_images,
    skimage_photo,
    synthesize,
)
from PIL import Image, ImageDraw  # noqa: E402

MAX_BYTES = 200_000
ALBUM = "roadtrip_highlands"

# --------------------------------------------------------------------------- images with text


def fridge_whiteboard() -> Image.Image:  # IMG_0934.JPG (a shopping list on a fridge whiteboard)
    img = Image.new("RGB", (340, 340), (205, 210, 212))  # fridge door
    d = ImageDraw.Draw(img)
    d.rectangle([30, 20, 310, 320], fill=(250, 250, 250), outline=(120, 120, 130), width=5)
    blue, red = (20, 50, 160), (190, 30, 30)
    draw_lines(img, (48, 30), ["SHOPPING"], font(MARKER, 22), fill=blue)
    draw_lines(img, (52, 66), ["- milk", "- eggs x12", "- oat bread", "- AA batteries", "- cat food (tins)",
                               "- lemons"], font(HAND_BOLD, 19), fill=blue, gap=5)
    draw_lines(img, (52, 270), ["Call Grandma Sun!"], font(HAND_BOLD, 20), fill=red)
    d.ellipse([250, 4, 290, 36], fill=(230, 180, 20))  # a magnet
    return photo_finish(img.rotate(-1.5, resample=Image.BICUBIC, fillcolor=(205, 210, 212)), 1101, noise=5.0)


def bin_calendar_de() -> Image.Image:  # 20260103_174522.jpg (a bin-collection notice, photographed)
    doc = Image.new("RGB", (320, 260), (252, 252, 248))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 320, 34], fill=(40, 120, 60))
    draw_lines(doc, (12, 8), ["Abfuhrtermine Januar 2026"], font(BOLD, 15), fill="white")
    draw_lines(doc, (12, 44), ["Lindenstraße 1-40"], font(BOLD, 12))
    draw_lines(doc, (12, 70), ["Restmüll (graue Tonne)   Mi 7. + Mi 21.", "Papier (blaue Tonne)     Mi 14.",
                               "Gelber Sack              Fr 9. + Fr 23.", "Bioabfall                Di 13. + Di 27.",
                               "", "Bitte die Tonnen bis 6:00 Uhr", "an den Straßenrand stellen."],
               font(MONO, 11), gap=6)
    return photographed(doc, 1102, angle=2.2, bg=(150, 140, 120), pad=24)


def order_email_mac() -> Image.Image:  # Screenshot 2026-01-06 at 21.14.09.png (a macOS screenshot of an email)
    img = Image.new("RGB", (520, 330), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 520, 24], fill=(222, 222, 222))
    for i, c in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        d.ellipse([10 + 18 * i, 7, 22 + 18 * i, 19], fill=c)
    draw_lines(img, (200, 5), ["Mail - Inbox"], font(SANS, 11), fill=(60, 60, 60))
    d.rectangle([20, 34, 500, 320], fill="white")
    draw_lines(img, (36, 44), ["Your order #482-1173 has shipped"], font(BOLD, 16), fill=(20, 20, 20))
    draw_lines(img, (36, 76), ["Arriving Thursday 8 January", "", "Electric kettle, 1.7 L, brushed steel   £34.99",
                               "Descaling tablets (pack of 6)             £4.50", "",
                               "Delivered by ParcelLine", "Tracking: PL 7730 2291 GB", "",
                               "Ship to: J. Whitaker, 12 Orchard Rise, York"], font(SANS, 12), fill=(50, 50, 50), gap=6)
    d.rounded_rectangle([36, 282, 170, 308], radius=6, fill=(230, 120, 20))
    draw_lines(img, (58, 288), ["Track package"], font(BOLD, 12), fill="white")
    return img


def galette_board_fr() -> Image.Image:  # IMG-20260104-WA0007.jpg (a bakery chalkboard)
    img = Image.new("RGB", (360, 300), (150, 120, 90))  # shop front
    d = ImageDraw.Draw(img)
    d.rectangle([30, 16, 330, 284], fill=(35, 40, 38), outline=(110, 75, 40), width=8)
    chalk = (235, 235, 225)
    draw_lines(img, (52, 30), ["Galette des rois"], font(HAND_BOLD, 26), fill=chalk)
    draw_lines(img, (60, 80), ["4 parts .......... 12 €", "6 parts .......... 18 €", "8 parts .......... 24 €"],
               font(HAND, 19), fill=chalk, gap=8)
    draw_lines(img, (52, 182), ["Commandez avant", "samedi midi !", "Fève surprise"], font(HAND_BOLD, 18),
               fill=(240, 210, 120), gap=6)
    return photo_finish(img, 1104, noise=6.0)


def bus_stop_es() -> Image.Image:  # DSC_0418.JPG (a timetable at a bus stop)
    doc = Image.new("RGB", (300, 300), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 44], fill=(200, 30, 40))
    draw_lines(doc, (12, 6), ["Línea 27"], font(BOLD, 24), fill="white")
    draw_lines(doc, (12, 54), ["Plaza Mayor \u2192 Hospital Clínico"], font(BOLD, 13))
    draw_lines(doc, (12, 86), ["Lunes a viernes: cada 12 min", "Sábados: cada 20 min", "Domingos y festivos: cada 30 min",
                               "", "Primer autobús  6:40", "Último autobús  23:15", "",
                               "Parada 1043 - Plaza Mayor"], font(SANS, 12), gap=6)
    return photographed(doc, 1105, angle=-2.0, bg=(120, 130, 140), pad=26)


def ztl_sign_it() -> Image.Image:  # PXL_20260102_101455.jpg (a limited-traffic-zone sign in a street)
    img = gradient((340, 320), (190, 170, 140), (150, 130, 105))  # ochre walls
    d = ImageDraw.Draw(img)
    d.rectangle([164, 240, 176, 320], fill=(90, 90, 95))  # pole
    d.rectangle([50, 20, 290, 250], fill=(250, 250, 250), outline=(40, 40, 40), width=3)
    d.ellipse([130, 28, 210, 108], fill="white", outline=(210, 20, 20), width=10)  # no-entry ring
    draw_lines(img, (66, 116), ["ZONA A TRAFFICO", "LIMITATO"], font(BOLD, 18), gap=2)
    d.rectangle([60, 168, 280, 240], fill=(30, 80, 160))
    draw_lines(img, (70, 172), ["VARCO ATTIVO", "lun-sab 7:30-19:30", "eccetto veicoli autorizzati"],
               font(BOLD, 13), fill="white", gap=6)
    return photo_finish(img, 1106, noise=5.0)


def passport_letter_nl() -> Image.Image:  # Scan_0012.jpg (a council letter on a flatbed scanner)
    doc = Image.new("RGB", (380, 420), (253, 253, 251))
    f = font(SERIF, 13)
    draw_lines(doc, (26, 22), ["Gemeente Oudewater"], font(SERIF_BOLD, 18), fill=(20, 60, 120))
    draw_lines(doc, (26, 48), ["Publiekszaken - Postbus 100"], font(SERIF, 11), fill=(90, 90, 90))
    draw_lines(doc, (26, 92), ["Betreft: uw reisdocument", "", "Geachte heer/mevrouw,", "",
                               "Uw nieuwe paspoort ligt klaar.", "U kunt het ophalen vóór 15 februari 2026",
                               "bij balie 3 in het gemeentehuis.", "Neem uw oude paspoort mee.", "",
                               "Afspraak maken: 0348 123 456", "", "Met vriendelijke groet,", "Team Burgerzaken"],
               f, gap=6)
    return photo_finish(doc.rotate(0.6, resample=Image.BICUBIC, fillcolor=(250, 250, 250)), 1107, noise=3.0, blur=0.5)


def menu_board_pt() -> Image.Image:  # IMG_20260107_193040.jpg (a dish-of-the-day board in a restaurant)
    img = Image.new("RGB", (340, 280), (120, 85, 60))
    d = ImageDraw.Draw(img)
    d.rectangle([24, 18, 316, 262], fill=(248, 242, 225), outline=(70, 45, 30), width=6)
    draw_lines(img, (44, 30), ["Prato do dia"], font(SERIF_BOLD, 22), fill=(120, 30, 20))
    draw_lines(img, (44, 74), ["Bacalhau à Brás ....... 9,50 €", "Sopa de legumes ....... 2,50 €",
                               "Pastel de nata ........ 1,20 €", "Café .................. 0,80 €", "",
                               "Bom apetite!"], font(SERIF, 15), fill=(40, 30, 20), gap=9)
    return photo_finish(img.rotate(1.2, resample=Image.BICUBIC, fillcolor=(120, 85, 60)), 1108, noise=5.0)


def concert_ticket() -> Image.Image:  # unnamed.jpg (a concert ticket, saved from an email)
    doc = Image.new("RGB", (420, 190), (245, 240, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 420, 40], fill=(60, 30, 110))
    draw_lines(doc, (14, 10), ["NORTHERN LIGHTS ORCHESTRA"], font(BOLD, 16), fill="white")
    draw_lines(doc, (14, 50), ["Royal Hall  -  Saturday 24 January 2026", "Doors 18:45   Concert 19:30", "",
                               "DOOR C     ROW M     SEAT 22", "Stalls    £42.00"], font(SANS, 13), gap=5)
    d.line([330, 44, 330, 190], fill=(150, 140, 170), width=1)
    draw_lines(doc, (340, 80), ["M22"], font(MONO_BOLD, 22), fill=(60, 30, 110))
    return photographed(doc, 1109, angle=-1.0, bg=(60, 60, 66), pad=20)


def cake_post() -> Image.Image:  # Screenshot_20260109-072233.png (a social-media post: a cake photo and text)
    img = Image.new("RGB", (300, 540), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(250, 250, 250))
    draw_lines(img, (10, 4), ["07:22"], font(SANS, 11), fill=(20, 20, 20))
    d.ellipse([10, 30, 40, 60], fill=(230, 150, 170))
    draw_lines(img, (48, 38), ["bakedbyhannah"], font(BOLD, 13), fill=(20, 20, 20))
    photo = Image.new("RGB", (300, 300), (200, 215, 230))  # the cake photo
    p = ImageDraw.Draw(photo)
    p.rectangle([0, 210, 300, 300], fill=(170, 130, 95))  # table
    p.ellipse([40, 200, 260, 250], fill=(245, 245, 245))  # plate
    p.rectangle([70, 130, 230, 225], fill=(240, 215, 120))  # sponge
    p.ellipse([70, 110, 230, 150], fill=(252, 250, 235))  # icing top
    for x in (95, 130, 165, 200):  # drips of lemon icing
        p.rectangle([x, 140, x + 10, 165], fill=(252, 250, 235))
    for x, y in ((100, 122), (150, 118), (190, 126), (125, 135), (175, 138)):  # blueberries
        p.ellipse([x, y, x + 10, y + 10], fill=(50, 50, 120))
    for x in (115, 145, 175, 205):  # candles
        p.rectangle([x, 80, x + 6, 122], fill=(240, 120, 160))
        p.ellipse([x - 1, 66, x + 7, 80], fill=(255, 200, 60))
    img.paste(photo_finish(photo, 1110, noise=4.0), (0, 68))
    draw_lines(img, (12, 376), ["1,284 likes"], font(BOLD, 13), fill=(20, 20, 20))
    draw_lines(img, (12, 400), ["bakedbyhannah Lemon drizzle with", "blueberries for Dad's 60th!",
                                "Recipe in bio.", "", "View all 96 comments"], font(SANS, 12), fill=(40, 40, 40), gap=4)
    return img


def road_sign() -> Image.Image:  # roadtrip_highlands/PXL_20251104_085530.jpg (a road sign with distances)
    img = gradient((360, 260), (160, 180, 200), (200, 205, 200))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 170), (120, 120), (240, 150), (360, 110), (360, 260), (0, 260)], fill=(90, 110, 70))
    d.rectangle([95, 160, 103, 250], fill=(120, 120, 120))
    d.rectangle([255, 160, 263, 250], fill=(120, 120, 120))
    d.rectangle([60, 40, 300, 170], fill=(20, 110, 60), outline="white", width=4)
    draw_lines(img, (78, 54), ["Fort William   24", "Inverness      90", "Skye Bridge    58"],
               font(MONO_BOLD, 20), fill=(245, 245, 245), gap=10)
    return photo_finish(img, 1111)


# --------------------------------------------------------------------------- photos


def astronaut_photo() -> Image.Image:  # IMG_4410.JPG (a woman in an orange spacesuit, skimage "astronaut")
    return photo_finish(skimage_photo("astronaut", size=(360, 360)), 1112, noise=3.0, blur=0.3)


def rocket_photo() -> Image.Image:  # photo_2026-01-04_12-03-55.jpg (a rocket on its launch pad, skimage "rocket")
    return photo_finish(skimage_photo("rocket", size=(384, 256)), 1113, noise=3.0, blur=0.3)


def deep_field_photo() -> Image.Image:  # DSC00071.JPG (galaxies in deep space, skimage "hubble_deep_field")
    return skimage_photo("hubble_deep_field", size=(360, 300))


def christmas_photo() -> Image.Image:  # IMG_20251224_201530.jpg (a Christmas tree with five presents under it)
    img = gradient((360, 300), (150, 110, 90), (120, 85, 70))  # warm lit wall
    d = ImageDraw.Draw(img)
    d.rectangle([0, 230, 360, 300], fill=(110, 70, 45))  # wooden floor
    for i in range(4):  # tree tiers
        top, w = 30 + i * 45, 40 + i * 30
        d.polygon([(180, top), (180 - w, top + 70), (180 + w, top + 70)], fill=(30, 100, 50))
    d.rectangle([170, 230, 190, 250], fill=(90, 55, 30))  # trunk
    d.polygon([(180, 14), (186, 30), (174, 30)], fill=(250, 210, 60))  # star
    for x, y, c in ((150, 80, (220, 40, 40)), (205, 120, (240, 200, 60)), (145, 160, (60, 120, 220)),
                    (215, 190, (220, 40, 40)), (170, 200, (240, 200, 60)), (190, 95, (60, 120, 220))):
        d.ellipse([x - 6, y - 6, x + 6, y + 6], fill=c)  # baubles
    for x0, w, h, c in ((60, 50, 40, (200, 30, 40)), (115, 40, 30, (30, 90, 170)), (200, 60, 45, (40, 140, 70)),
                        (265, 45, 35, (230, 190, 40)), (315, 35, 28, (150, 60, 150))):
        d.rectangle([x0, 270 - h, x0 + w, 270], fill=c)  # five presents
        d.rectangle([x0 + w // 2 - 3, 270 - h, x0 + w // 2 + 3, 270], fill=(245, 235, 200))  # ribbon
    return photo_finish(img, 1114)


def kids_drawing() -> Image.Image:  # Scan_0013.jpg (a child's crayon drawing on a scanner: a house, sun, family, dog)
    img = Image.new("RGB", (380, 300), (252, 252, 250))
    d = ImageDraw.Draw(img)
    d.line([0, 240, 380, 240], fill=(60, 170, 60), width=8)  # grass
    d.ellipse([300, 20, 350, 70], fill=(250, 210, 40))  # sun
    for a in range(0, 360, 45):
        import math
        d.line([325 + 30 * math.cos(math.radians(a)), 45 + 30 * math.sin(math.radians(a)),
                325 + 42 * math.cos(math.radians(a)), 45 + 42 * math.sin(math.radians(a))], fill=(250, 190, 40), width=3)
    d.rectangle([40, 130, 150, 236], outline=(200, 50, 40), width=5)  # house
    d.polygon([(30, 132), (95, 70), (160, 132)], outline=(120, 60, 30), fill=(230, 120, 80))
    d.rectangle([80, 185, 108, 236], fill=(120, 70, 40))  # door
    for x, h, c in ((190, 80, (40, 80, 200)), (230, 75, (220, 60, 150)), (268, 45, (240, 140, 30))):  # family
        d.ellipse([x - 12, 236 - h - 24, x + 12, 236 - h], outline=c, width=3)
        d.line([x, 236 - h, x, 236 - 25], fill=c, width=3)
        d.line([x - 14, 236 - h + 15, x + 14, 236 - h + 15], fill=c, width=3)
        d.line([x, 236 - 25, x - 10, 236], fill=c, width=3)
        d.line([x, 236 - 25, x + 10, 236], fill=c, width=3)
    d.ellipse([300, 205, 345, 228], outline=(110, 70, 30), width=3)  # dog
    d.ellipse([338, 192, 356, 210], outline=(110, 70, 30), width=3)
    return photo_finish(img, 1115, noise=3.0, blur=0.6)


def castle_photo() -> Image.Image:  # roadtrip_highlands/PXL_20251102_151203.jpg (a stone castle on an island in a loch)
    img = gradient((360, 260), (140, 165, 195), (200, 210, 220))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 150), (80, 70), (170, 140), (260, 60), (360, 140), (360, 160), (0, 160)], fill=(80, 95, 80))  # hills
    d.rectangle([0, 150, 360, 260], fill=(60, 80, 100))  # loch
    d.ellipse([100, 150, 260, 190], fill=(95, 100, 80))  # island
    stone = (140, 130, 115)
    d.rectangle([130, 100, 230, 168], fill=stone)  # keep
    d.rectangle([120, 80, 148, 168], fill=(125, 115, 100))  # tower
    for x in range(130, 232, 14):
        d.rectangle([x, 92, x + 8, 100], fill=stone)  # battlements
    d.rectangle([90, 172, 130, 178], fill=(110, 95, 80))  # bridge
    return photo_finish(img, 1116)


def cow_photo() -> Image.Image:  # roadtrip_highlands/PXL_20251103_094412.jpg (a shaggy ginger highland cow in a field)
    import numpy as np

    img = gradient((360, 260), (170, 190, 210), (210, 215, 215))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 360, 260], fill=(100, 130, 60))  # field
    ginger = (180, 95, 40)
    d.ellipse([90, 110, 260, 200], fill=ginger)  # body
    for x in (110, 140, 210, 235):
        d.rectangle([x, 185, x + 14, 235], fill=(160, 80, 35))  # legs
    d.ellipse([230, 95, 300, 160], fill=ginger)  # head
    d.arc([200, 70, 250, 120], 180, 300, fill=(235, 225, 200), width=6)  # horns
    d.arc([280, 70, 330, 120], 240, 360, fill=(235, 225, 200), width=6)
    rng = np.random.default_rng(1117)
    for _ in range(260):  # shaggy hair
        x, y = rng.integers(95, 300), rng.integers(100, 200)
        d.line([x, y, x + rng.integers(-4, 5), y + rng.integers(6, 14)], fill=(150, 75, 30), width=2)
    return photo_finish(img, 1117)


def mountain_road_photo() -> Image.Image:  # roadtrip_highlands/PXL_20251103_132958.jpg (a road winding into snowy mountains)
    img = gradient((360, 260), (120, 160, 210), (210, 225, 240))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 160), (90, 50), (170, 150), (250, 40), (360, 150), (360, 260), (0, 260)], fill=(100, 100, 110))
    d.polygon([(90, 50), (70, 76), (112, 76)], fill=(250, 250, 252))  # snow caps
    d.polygon([(250, 40), (222, 78), (280, 78)], fill=(250, 250, 252))
    d.rectangle([0, 170, 360, 260], fill=(120, 110, 70))  # moorland
    d.polygon([(150, 260), (230, 260), (196, 200), (170, 185), (182, 170), (176, 170), (158, 185), (176, 200)],
              fill=(70, 70, 75))  # winding road
    return photo_finish(img, 1118)


def fish_chips_photo() -> Image.Image:  # roadtrip_highlands/PXL_20251104_190217.jpg (fish and chips with peas and lemon)
    img = Image.new("RGB", (360, 260), (90, 70, 55))  # pub table
    d = ImageDraw.Draw(img)
    d.ellipse([30, 30, 330, 240], fill=(245, 245, 240))  # plate
    d.ellipse([70, 70, 230, 140], fill=(210, 150, 60))  # battered fish
    for i in range(14):  # chips
        x = 150 + (i % 7) * 18
        y = 150 + (i // 7) * 22
        d.rectangle([x, y, x + 10, y + 40], fill=(235, 195, 90))
    d.ellipse([60, 150, 130, 205], fill=(90, 160, 60))  # mushy peas
    d.polygon([(240, 80), (290, 95), (250, 120)], fill=(250, 230, 80))  # lemon wedge
    return photo_finish(img, 1119)


IMAGES = {
    # screenshots
    "Screenshot 2026-01-06 at 21.14.09.png": order_email_mac,
    "Screenshot_20260109-072233.png": cake_post,
    # photographed or scanned text
    "IMG_0934.JPG": fridge_whiteboard,
    "20260103_174522.jpg": bin_calendar_de,
    "IMG-20260104-WA0007.jpg": galette_board_fr,
    "DSC_0418.JPG": bus_stop_es,
    "PXL_20260102_101455.jpg": ztl_sign_it,
    "Scan_0012.jpg": passport_letter_nl,
    "IMG_20260107_193040.jpg": menu_board_pt,
    "unnamed.jpg": concert_ticket,
    # photos
    "IMG_4410.JPG": astronaut_photo,
    "photo_2026-01-04_12-03-55.jpg": rocket_photo,
    "DSC00071.JPG": deep_field_photo,
    "IMG_20251224_201530.jpg": christmas_photo,
    "Scan_0013.jpg": kids_drawing,
    # the Highlands album for search (one of its five photos is a road sign: text)
    f"{ALBUM}/PXL_20251102_151203.jpg": castle_photo,
    f"{ALBUM}/PXL_20251103_094412.jpg": cow_photo,
    f"{ALBUM}/PXL_20251103_132958.jpg": mountain_road_photo,
    f"{ALBUM}/PXL_20251104_085530.jpg": road_sign,
    f"{ALBUM}/PXL_20251104_190217.jpg": fish_chips_photo,
}

# --------------------------------------------------------------------------- audio

SPEECH = {
    "Recording (7).m4a": [
        ("en-gb+m3", "Hiya, it's Dave the plumber. I'll come round on Wednesday at nine to sort out the leaking "
                     "radiator valve in the back bedroom. Please turn the water off at the stopcock before I get "
                     "there. Cheers."),
    ],
    "PTT-20260108-WA0003.opus": [
        ("en-us+f3", "Hey, it's Maya. My flight lands at ten to seven tonight, terminal two. Can you pick me up at "
                     "arrivals? I'll have the big green suitcase."),
    ],
    "DM450012.WAV": [
        ("en-gb+f2", "Quick committee update: the spring plant sale moves to Saturday the fourteenth of March."),
        ("en-gb+m2", "And it's in the community centre, not the church. Tables are five pounds, book them with Ann."),
    ],
    "Sprachmemo_0107.m4a": [
        ("de+m3", "Guten Tag, hier ist Brandt von der Autowerkstatt. Ihr Wagen ist fertig. Wir haben vorne die "
                  "Bremsbeläge gewechselt, das macht zweihundertsechsundachtzig Euro. Abholen bis achtzehn Uhr."),
    ],
    "message_vocal_2026-01-09.mp3": [
        ("fr-fr+f2", "Bonjour, ici la maîtresse de Léo, école Jules Ferry. Jeudi, la classe va au musée des "
                     "sciences. Prévoyez un pique-nique et quatre euros pour l'entrée. Merci."),
    ],
    "nota_voz_0031.ogg": [
        ("es+m2", "Oye, soy Sergio. El partido de pádel es el martes a las ocho en el club de la avenida. "
                  "Trae bolas nuevas, que las mías están muertas."),
    ],
    "registrazione_2026_01_05.wav": [
        ("it+f2", "Buongiorno, la chiamo dallo studio dentistico del dottor Rossi. Le ricordo l'appuntamento di "
                  "lunedì dodici alle sedici e trenta. Arrivi dieci minuti prima, grazie."),
    ],
    "spraakbericht_12.mp3": [
        ("nl+m2", "Hoi, met Kees van hiernaast. Er is een pakket voor jullie bij mij afgegeven. Ik ben vanavond "
                  "thuis vanaf half zes, kom het maar halen."),
    ],
    "audio_mensagem_07.m4a": [
        ("pt-br+f2", "Oi, é a Camila. O aniversário da vó é no domingo à uma da tarde. Cada um leva um prato, eu "
                     "levo a salada. Me avisa o que você vai levar."),
    ],
    "audio_2026-01-10_08-31-22.ogg": [
        ("en-gb+m4", "Morning squad. Tomorrow: ten minutes easy warm up, then six times four hundred metres with "
                     "ninety seconds rest, and a ten minute cool down. Meet at the track gate at seven."),
    ],
}


if __name__ == "__main__":
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=170, max_seconds=14.0)
    report(paths, MAX_BYTES)
