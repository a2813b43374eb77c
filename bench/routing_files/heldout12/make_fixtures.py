"""Recreate the fixture files used by the twelfth held-out routing set (bench/routing_heldout12/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout12/make_fixtures.py

Written on the shared helpers in ``bench/routing_files/fixture_kit.py`` (fonts, the "photographed"
look, scikit-image samples, espeak-ng synthesis and bitexact ffmpeg encoding). Everything is generated
from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow and really contain their text; the ``.jpg``/``.JPG`` ones are
  "photographed" (slight rotation, blur, seeded noise) or drawn as scenes; two ``.png`` files are
  screenshots with text only (a boarding pass, a recipe page) and one is a property listing (a house
  photo with a price and address around it);
* the photos are scikit-image's bundled samples ``chelsea``, ``coffee`` and ``camera`` (cropped,
  resized; ``camera`` as an old black-and-white print on a scanner), or scenes drawn with Pillow plus
  seeded noise and blur (a snowman, the five photos of the album ``camping_ardeche_2025/``, one of them
  the campsite snack bar's price board);
* audio is synthesized with espeak-ng and re-encoded with ffmpeg to mono 16 kHz (8 kHz for .wav) in
  several containers (.m4a, .ogg, .mp3, .opus, .wav), each clip under 15 s.

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
    tint,
)
from PIL import Image, ImageDraw, ImageOps  # noqa: E402

MAX_BYTES = 200_000
ALBUM = "camping_ardeche_2025"

# --------------------------------------------------------------------------- images with text


def medicine_label() -> Image.Image:  # IMG_7731.JPG (a pharmacy label on a medicine box)
    doc = Image.new("RGB", (380, 200), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 380, 30], fill=(0, 110, 90))
    draw_lines(doc, (10, 7), ["Riverside Pharmacy  -  01632 960 431"], font(BOLD, 13), fill="white")
    draw_lines(doc, (12, 40), ["AMOXICILLIN 500 mg CAPSULES  (21)"], font(BOLD, 14))
    draw_lines(doc, (12, 66), ["Take ONE capsule THREE times a day", "for 7 days. Take with food.",
                               "Finish the whole course.", "", "Mr R. Okafor          12/02/2026"],
               font(SANS, 13), gap=5)
    return photographed(doc, 1201, angle=-1.8, bg=(215, 200, 175), pad=22)


def boarding_pass() -> Image.Image:  # Screenshot_20260206-221504.png (a boarding pass in an airline app)
    img = Image.new("RGB", (300, 520), (244, 246, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(244, 246, 250))
    draw_lines(img, (10, 4), ["22:15"], font(SANS, 11), fill=(20, 20, 20))
    d.rounded_rectangle([14, 34, 286, 500], radius=14, fill="white", outline=(210, 215, 225))
    d.rectangle([14, 34, 286, 80], fill=(20, 60, 130))
    draw_lines(img, (28, 46), ["BOARDING PASS"], font(BOLD, 18), fill="white")
    draw_lines(img, (28, 94), ["MAN  \u2192  LIS"], font(BOLD, 28), fill=(20, 20, 40))
    draw_lines(img, (28, 134), ["Manchester to Lisbon", "Flight AX 2718   Sat 7 Feb 2026"], font(SANS, 13),
               fill=(70, 70, 80), gap=5)
    draw_lines(img, (28, 190), ["GATE        BOARDING     SEAT", "B34         06:55        17C"], font(MONO_BOLD, 14),
               fill=(20, 20, 40), gap=8)
    draw_lines(img, (28, 250), ["Departs 07:35   Gate closes 07:15", "Passenger: HOLLIS / JUNE MS", "Cabin bag only"],
               font(SANS, 12), fill=(70, 70, 80), gap=6)
    for i in range(40):  # barcode
        w = 2 + (i * 7) % 3
        d.rectangle([40 + i * 5, 340, 40 + i * 5 + w - 1, 440], fill=(20, 20, 20))
    return img


def recipe_page_mac() -> Image.Image:  # Screenshot 2026-02-08 at 10.02.37.png (a recipe web page on a Mac)
    img = Image.new("RGB", (520, 340), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 520, 26], fill=(222, 222, 222))
    for i, c in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        d.ellipse([10 + 18 * i, 8, 22 + 18 * i, 20], fill=c)
    d.rounded_rectangle([90, 5, 430, 21], radius=5, fill="white")
    draw_lines(img, (100, 7), ["weekendkitchen.example/fluffy-pancakes"], font(SANS, 10), fill=(90, 90, 90))
    d.rectangle([20, 36, 500, 330], fill="white")
    draw_lines(img, (36, 46), ["Fluffy Buttermilk Pancakes"], font(SERIF_BOLD, 20), fill=(40, 30, 20))
    draw_lines(img, (36, 78), ["Serves 4  |  Prep 10 min  |  Cook 15 min"], font(SANS, 11), fill=(110, 110, 110))
    draw_lines(img, (36, 104), ["Ingredients", "  200 g plain flour", "  2 tsp baking powder", "  1 tbsp sugar",
                                "  a pinch of salt", "  300 ml buttermilk", "  2 eggs", "  30 g melted butter"],
               font(SANS, 12), fill=(40, 40, 40), gap=5)
    draw_lines(img, (270, 104), ["Method", "1. Whisk the dry ingredients.", "2. Beat in the buttermilk,",
                                 "   eggs and butter.", "3. Rest the batter 5 minutes.", "4. Cook ladlefuls on a",
                                 "   medium pan, 2 min a side."], font(SANS, 12), fill=(40, 40, 40), gap=5)
    return img


def supermarket_receipt() -> Image.Image:  # 20260207_131502.jpg (a supermarket receipt, photographed)
    doc = Image.new("RGB", (250, 400), (250, 250, 246))
    f = font(MONO, 11)
    draw_lines(doc, (50, 12), ["FRESHWAY STORES"], font(MONO_BOLD, 14))
    draw_lines(doc, (30, 34), ["14 High St, Leamington", "07/02/2026  13:14"], f, gap=3)
    draw_lines(doc, (14, 80), ["SEMI SKIMMED MILK 2L   1.65", "FREE RANGE EGGS 6      2.10", "SOURDOUGH LOAF         2.95",
                               "BANANAS 1.1KG          1.21", "CHEDDAR MATURE 400G    3.80", "WASHING UP LIQUID      1.49",
                               "CHICKEN THIGHS 1KG     4.75", "ORANGE JUICE 1L        1.89", "DARK CHOC 100G x2      3.00",
                               "BAG FOR LIFE           1.03", "", "11 ITEMS     TOTAL  23.87", "CARD                  23.87",
                               "", "Clubcard points: 23", "Thank you for shopping!"], f, gap=4)
    return photographed(doc, 1204, angle=2.5, bg=(95, 80, 70), pad=20)


def water_notice_de() -> Image.Image:  # IMG_20260204_081245.jpg (a notice in a stairwell, photographed)
    doc = Image.new("RGB", (320, 280), (255, 255, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 320, 40], fill=(200, 40, 40))
    draw_lines(doc, (14, 9), ["WICHTIGER HINWEIS"], font(BOLD, 18), fill="white")
    draw_lines(doc, (14, 54), ["Liebe Mieterinnen und Mieter,", "", "am Donnerstag, 12.02.2026,",
                               "wird von 9:00 bis 13:00 Uhr das", "Wasser im ganzen Haus abgestellt",
                               "(Austausch der Steigleitung).", "", "Bitte vorher Wasser abfüllen.", "",
                               "Ihre Hausverwaltung Krämer & Sohn"], font(SANS, 12), gap=4)
    return photographed(doc, 1205, angle=-1.2, bg=(190, 185, 170), pad=28)


def flat_ad_es() -> Image.Image:  # DSC_1120.JPG (a flat-to-let poster on a lamp post)
    img = gradient((320, 360), (160, 160, 165), (120, 120, 125))
    d = ImageDraw.Draw(img)
    d.rectangle([140, 0, 180, 360], fill=(70, 75, 80))  # lamp post
    d.rectangle([40, 40, 280, 320], fill=(255, 240, 120))
    draw_lines(img, (62, 54), ["SE ALQUILA"], font(MARKER, 28), fill=(200, 20, 20))
    draw_lines(img, (56, 104), ["Piso 2 habitaciones", "Exterior, con ascensor", "Barrio de Ruzafa", "",
                                "750 €/mes + fianza", "Disponible 1 de marzo"], font(BOLD, 14), fill=(30, 30, 30), gap=5)
    draw_lines(img, (56, 250), ["Llamar a Pilar", "612 48 39 07"], font(HAND_BOLD, 20), fill=(20, 40, 140), gap=4)
    return photo_finish(img, 1206, noise=6.0)


def departures_it() -> Image.Image:  # IMG_20260203_172208.jpg (a station departure board)
    img = Image.new("RGB", (420, 260), (25, 25, 30))
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 410, 250], fill=(10, 20, 60))
    yellow, white = (250, 210, 60), (235, 235, 235)
    draw_lines(img, (20, 18), ["PARTENZE  -  DEPARTURES         17:22"], font(MONO_BOLD, 13), fill=white)
    draw_lines(img, (20, 48), ["TRENO     DESTINAZIONE     ORA   BIN  RIT",
                               "FR 9521   ROMA TERMINI     17:35  8   15'",
                               "RV 2634   BERGAMO          17:40  3     ",
                               "IC 657    GENOVA P.PRINC.  17:52  11  5' ",
                               "R 10871   VARESE           18:05  2     ",
                               "FR 9641   NAPOLI C.LE      18:15  7     "], font(MONO, 11), fill=yellow, gap=12)
    return photo_finish(img, 1207, noise=7.0, blur=0.9)


def cheese_prices_nl() -> Image.Image:  # PXL_20260210_154412.jpg (a price board on a market cheese stall)
    img = Image.new("RGB", (360, 300), (200, 160, 60))  # stacked cheeses behind
    d = ImageDraw.Draw(img)
    for x in range(0, 360, 60):
        d.ellipse([x - 10, 210, x + 60, 300], fill=(235, 190, 70), outline=(170, 120, 30))
    d.rectangle([40, 20, 320, 220], fill=(30, 30, 30), outline=(140, 100, 50), width=6)
    chalk = (240, 240, 230)
    draw_lines(img, (60, 30), ["Kaas van de boer"], font(HAND_BOLD, 22), fill=chalk)
    draw_lines(img, (60, 72), ["Jong belegen   1 kg  12,90", "Oud             1 kg  17,50",
                               "Komijnekaas     1 kg  14,25", "Geitenkaas      1 kg  19,95", "",
                               "Vandaag: 2e stuk halve prijs!"], font(HAND, 15), fill=chalk, gap=6)
    return photo_finish(img, 1208)


def school_note_pt() -> Image.Image:  # CamScanner 02-11-2026 09.14.jpg (a school note, scanned with a phone app)
    doc = Image.new("RGB", (380, 380), (255, 255, 255))
    draw_lines(doc, (24, 20), ["Escola Municipal Monteiro Lobato"], font(SERIF_BOLD, 16), fill=(20, 60, 20))
    draw_lines(doc, (24, 60), ["Senhores pais e responsáveis,", "",
                               "Convidamos para a reunião de pais", "do 3º ano B na quinta-feira, 19/02,",
                               "às 19h, na sala 12.", "", "Pauta: passeio ao zoológico e", "festa junina.", "",
                               "Favor assinar e devolver o canhoto.", "", "A coordenação"], font(SERIF, 14), gap=5)
    return photo_finish(ImageOps.autocontrast(doc), 1209, noise=2.0, blur=0.4)


def babysitter_note() -> Image.Image:  # IMG_7802.JPG (a handwritten note left on the kitchen table)
    doc = Image.new("RGB", (300, 300), (255, 252, 210))  # yellow notepad
    d = ImageDraw.Draw(doc)
    for y in range(40, 300, 26):
        d.line([0, y, 300, y], fill=(170, 200, 230), width=1)
    draw_lines(doc, (16, 14), ["Hi both!"], font(HAND_BOLD, 20), fill=(30, 40, 120))
    draw_lines(doc, (16, 44), ["Kids ate at 6 (pasta, all gone).", "Tom has a bit of a cough,",
                               "gave him honey + warm milk.", "Mia's wobbly tooth came out!!",
                               "It's in the envelope by the", "fruit bowl. Bed by 8:15.", "  - Jess x"],
               font(HAND, 16), fill=(30, 40, 120), gap=9)
    return photographed(doc, 1210, angle=3.0, bg=(150, 110, 75), pad=26)


def house_listing() -> Image.Image:  # Screenshot_20260213-193012.png (a property listing: house photo + text)
    img = Image.new("RGB", (300, 520), (255, 255, 255))
    draw_lines(img, (10, 4), ["19:30"], font(SANS, 11), fill=(20, 20, 20))
    draw_lines(img, (12, 30), ["< Back to results"], font(SANS, 12), fill=(0, 110, 140))
    photo = gradient((300, 240), (150, 190, 230), (210, 225, 240))
    p = ImageDraw.Draw(photo)
    p.rectangle([0, 190, 300, 240], fill=(90, 150, 70))  # lawn
    p.rectangle([60, 90, 240, 200], fill=(170, 70, 50))  # red-brick front
    p.polygon([(45, 92), (150, 35), (255, 92)], fill=(70, 70, 75))  # roof
    p.rectangle([135, 140, 165, 200], fill=(30, 60, 160))  # blue door
    for x in (80, 190):
        p.rectangle([x, 110, x + 32, 140], fill=(220, 235, 245), outline="white", width=3)
        p.rectangle([x, 155, x + 32, 185], fill=(220, 235, 245), outline="white", width=3)
    p.ellipse([250, 120, 300, 200], fill=(40, 110, 50))  # tree
    img.paste(photo_finish(photo, 1211, noise=4.0), (0, 54))
    draw_lines(img, (12, 304), ["£325,000"], font(BOLD, 22), fill=(20, 20, 20))
    draw_lines(img, (12, 338), ["3 bed semi-detached house", "Elm Close, Harrogate HG2", "",
                                "Garage  \u2022  South-facing garden", "Chain free", "", "Added today"],
               font(SANS, 13), fill=(50, 50, 50), gap=5)
    return img


def snack_board_fr() -> Image.Image:  # camping_ardeche_2025/DSCF0188.JPG (the campsite snack bar's board)
    img = gradient((360, 260), (120, 170, 220), (190, 210, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 180, 360, 260], fill=(200, 180, 140))  # gravel
    d.rectangle([30, 20, 330, 210], fill=(250, 250, 245), outline=(40, 120, 60), width=6)
    draw_lines(img, (50, 28), ["SNACK DU CAMPING"], font(BOLD, 20), fill=(40, 120, 60))
    draw_lines(img, (54, 66), ["Frites ............ 3,50 €", "Pizza ............. 9,00 €", "Croque-monsieur ... 5,00 €",
                               "Glace 2 boules .... 2,50 €", "", "Ouvert 11h - 22h"], font(SANS, 14), gap=5)
    return photo_finish(img, 1212)


# --------------------------------------------------------------------------- photos


def cat_photo() -> Image.Image:  # IMG_7745.JPG (a tabby cat, skimage "chelsea")
    return photo_finish(skimage_photo("chelsea", size=(360, 270)), 1213, noise=3.0, blur=0.3)


def coffee_photo() -> Image.Image:  # 20260206_083344.jpg (a cup of coffee on a saucer, skimage "coffee")
    return photo_finish(skimage_photo("coffee", size=(360, 240)), 1214, noise=3.0, blur=0.3)


def old_print() -> Image.Image:  # EPSON002.JPG (an old black-and-white print on a scanner, skimage "camera")
    photo = skimage_photo("camera", size=(300, 300))
    frame = Image.new("RGB", (340, 340), (238, 232, 215))  # the print's white border, yellowed
    frame.paste(photo, (20, 20))
    return photo_finish(tint(frame, (1.04, 1.0, 0.88)), 1215, noise=4.0, blur=0.5)


def snowman_photo() -> Image.Image:  # PXL_20260201_113020.jpg (a snowman with a red scarf in a garden)
    img = gradient((360, 300), (180, 195, 215), (225, 230, 238))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 200, 360, 300], fill=(245, 247, 250))  # snowy lawn
    d.rectangle([0, 150, 360, 200], fill=(110, 80, 55))  # fence
    for x in range(0, 360, 24):
        d.rectangle([x, 140, x + 16, 200], fill=(130, 95, 65))
    d.ellipse([120, 170, 240, 280], fill=(252, 252, 255), outline=(200, 205, 215))  # body
    d.ellipse([140, 110, 220, 185], fill=(252, 252, 255), outline=(200, 205, 215))
    d.ellipse([152, 62, 208, 118], fill=(252, 252, 255), outline=(200, 205, 215))  # head
    d.ellipse([167, 80, 173, 86], fill=(20, 20, 20))
    d.ellipse([187, 80, 193, 86], fill=(20, 20, 20))
    d.polygon([(180, 90), (205, 96), (180, 98)], fill=(240, 130, 30))  # carrot nose
    d.rectangle([150, 112, 212, 124], fill=(200, 30, 40))  # red scarf
    d.rectangle([196, 120, 208, 150], fill=(200, 30, 40))
    d.rectangle([160, 40, 200, 66], fill=(30, 30, 35))  # hat
    d.line([140, 140, 95, 110], fill=(90, 60, 30), width=4)  # stick arms
    d.line([220, 140, 265, 115], fill=(90, 60, 30), width=4)
    for y in (135, 155, 200, 225):
        d.ellipse([177, y, 185, y + 8], fill=(40, 40, 40))  # coal buttons
    return photo_finish(img, 1216)


def tent_photo() -> Image.Image:  # camping_ardeche_2025/DSCF0141.JPG (an orange tent under trees by a river)
    img = gradient((360, 260), (130, 180, 230), (200, 220, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 360, 260], fill=(110, 140, 70))
    d.rectangle([0, 210, 360, 260], fill=(70, 120, 150))  # river
    for x in (20, 90, 300):
        d.rectangle([x + 18, 60, x + 30, 150], fill=(90, 60, 35))
        d.ellipse([x - 10, 10, x + 60, 90], fill=(50, 100, 45))
    d.polygon([(130, 190), (195, 100), (260, 190)], fill=(240, 120, 30))  # tent
    d.polygon([(185, 190), (195, 130), (205, 190)], fill=(60, 40, 30))  # door
    return photo_finish(img, 1217)


def canoe_photo() -> Image.Image:  # camping_ardeche_2025/DSCF0156.JPG (a red canoe under a natural stone arch)
    img = gradient((360, 260), (120, 170, 225), (190, 215, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 170, 360, 260], fill=(60, 130, 120))  # river
    d.polygon([(0, 40), (80, 20), (300, 25), (360, 50), (360, 175), (290, 175), (270, 100), (220, 70), (140, 70),
               (100, 100), (80, 175), (0, 175)], fill=(205, 185, 150))  # limestone arch
    d.polygon([(150, 205), (250, 205), (235, 218), (165, 218)], fill=(200, 30, 30))  # canoe
    for x in (180, 215):
        d.ellipse([x, 185, x + 12, 197], fill=(240, 200, 160))
        d.rectangle([x, 196, x + 12, 206], fill=(250, 220, 40))  # life jackets
    return photo_finish(img, 1218)


def campfire_photo() -> Image.Image:  # camping_ardeche_2025/DSCF0173.JPG (a campfire at night, marshmallows on sticks)
    img = gradient((360, 260), (10, 12, 30), (30, 25, 30))
    d = ImageDraw.Draw(img)
    for i in range(30):
        x, y = (i * 97) % 360, (i * 53) % 110
        d.point((x, y), fill=(230, 230, 250))
    d.ellipse([110, 190, 250, 240], fill=(80, 80, 85))  # stones
    d.polygon([(140, 210), (180, 90), (220, 210)], fill=(250, 120, 20))
    d.polygon([(155, 210), (180, 130), (205, 210)], fill=(255, 210, 60))
    d.line([20, 150, 170, 120], fill=(120, 80, 40), width=4)  # sticks
    d.line([340, 140, 200, 118], fill=(120, 80, 40), width=4)
    for x, y in ((166, 114), (196, 112)):
        d.rectangle([x, y, x + 12, y + 10], fill=(250, 245, 235))  # marshmallows
    return photo_finish(img, 1219, noise=5.0)


def sunflower_photo() -> Image.Image:  # camping_ardeche_2025/DSCF0202.JPG (a sunflower field under a blue sky)
    img = gradient((360, 260), (80, 140, 220), (170, 200, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 360, 260], fill=(60, 110, 40))
    for row in range(4):
        for i in range(9):
            x, y, r = 10 + i * 40 + (row % 2) * 20, 130 + row * 32, 10 + row * 2
            d.ellipse([x - r, y - r, x + r, y + r], fill=(250, 200, 20))
            d.ellipse([x - r // 2, y - r // 2, x + r // 2, y + r // 2], fill=(90, 55, 20))
    return photo_finish(img, 1220)


IMAGES = {
    # screenshots
    "Screenshot_20260206-221504.png": boarding_pass,
    "Screenshot 2026-02-08 at 10.02.37.png": recipe_page_mac,
    "Screenshot_20260213-193012.png": house_listing,
    # photographed or scanned text
    "IMG_7731.JPG": medicine_label,
    "20260207_131502.jpg": supermarket_receipt,
    "IMG_20260204_081245.jpg": water_notice_de,
    "DSC_1120.JPG": flat_ad_es,
    "IMG_20260203_172208.jpg": departures_it,
    "PXL_20260210_154412.jpg": cheese_prices_nl,
    "CamScanner 02-11-2026 09.14.jpg": school_note_pt,
    "IMG_7802.JPG": babysitter_note,
    # photos
    "IMG_7745.JPG": cat_photo,
    "20260206_083344.jpg": coffee_photo,
    "EPSON002.JPG": old_print,
    "PXL_20260201_113020.jpg": snowman_photo,
    # the camping album for search (one of its five photos is the snack bar's price board: text)
    f"{ALBUM}/DSCF0141.JPG": tent_photo,
    f"{ALBUM}/DSCF0156.JPG": canoe_photo,
    f"{ALBUM}/DSCF0173.JPG": campfire_photo,
    f"{ALBUM}/DSCF0188.JPG": snack_board_fr,
    f"{ALBUM}/DSCF0202.JPG": sunflower_photo,
}

# --------------------------------------------------------------------------- audio

SPEECH = {
    "New Recording 14.m4a": [
        ("en-us+f3", "Hi, this is Priya from Meadow Vets. Biscuit's blood test came back normal, nothing to worry "
                     "about. His tablets are ready at reception, that's eighteen pounds. We're open till six."),
    ],
    "Voice 003.m4a": [
        ("en-gb+m3", "Hello, it's Gareth, your landlord. The annual boiler service is on Tuesday between eight and "
                     "twelve. Someone needs to be in to let the engineer through. Thanks."),
    ],
    "ZOOM0021.WAV": [
        ("en-gb+f4", "Right everyone, the spring concert has moved to Friday the twentieth of March."),
        ("en-gb+m1", "Black clothes please, no jeans. Warm up starts at quarter past six, so be there by six."),
    ],
    "WhatsApp Ptt 2026-02-05 at 18.22.41.ogg": [
        ("de+f2", "Hallo ihr Lieben, hier ist Oma Hilde. Am Sonntag gibt es Apfelstrudel. Kommt so um drei, und "
                  "bringt bitte Sahne mit, ich habe keine mehr."),
    ],
    "REC_20260207_101533.mp3": [
        ("fr-fr+m3", "Bonjour, ici la pharmacie du Marché. Votre ordonnance est prête. Nous sommes ouverts jusqu'à "
                     "dix-neuf heures trente. Pensez à apporter votre carte vitale."),
    ],
    "AUD-20260208-WA0011.m4a": [
        ("es+f2", "Hola, soy Lucía, de la inmobiliaria. La visita del piso es el jueves a las cinco y media, calle "
                  "Alcalá ciento veinte, tercero. Trae el DNI y la última nómina."),
    ],
    "Nota vocale 3.m4a": [
        ("it+m3", "Ciao ragazzi, sono il mister. L'allenamento di questa settimana è spostato a mercoledì alle "
                  "diciotto, campo due. Portate i parastinchi, senza non si gioca."),
    ],
    "opname_0009.wav": [
        ("nl+f2", "Goedemiddag, met de fietsenmaker. Uw fiets is klaar, we hebben een nieuwe ketting en een "
                  "remkabel gezet. Dat wordt vierenzestig euro. We zijn open tot zes uur."),
    ],
    "voice_2026-02-09_19-12.opus": [
        ("pt+f3", "Olá querida, é a tia Rosa. O jantar é no sábado às oito, cá em casa no Porto. Traz um vinho "
                  "tinto. O código da porta é quatro sete um dois."),
    ],
    "GMT20260212-150301_Recording.m4a": [
        ("en-us+m2", "Okay, quick sync. The app launch slips to March third because of the payment bug."),
        ("en-us+f2", "Fine. I'll own the release notes. Let's meet again Thursday at two."),
    ],
}


if __name__ == "__main__":
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=170, max_seconds=15.0)
    report(paths, MAX_BYTES)
