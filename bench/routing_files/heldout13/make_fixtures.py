"""Recreate the fixture files used by the thirteenth held-out routing set (bench/routing_heldout13/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout13/make_fixtures.py

Written on the shared helpers in ``bench/routing_files/fixture_kit.py``. Everything is generated from
scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow and really contain their text; the camera-named ones are
  "photographed" (slight rotation, blur, seeded noise) or drawn as scenes; two ``.png`` files and one
  MIUI-style ``.jpg`` are screenshots (a parcel-locker notice, a gym timetable, a parents' group chat);
* the photos are scikit-image's bundled samples ``astronaut``, ``rocket``, ``motorcycle`` and ``coins``
  (cropped, resized, with seeded noise), or scenes drawn with Pillow plus seeded noise and blur (the
  five photos of the album ``cornwall_2025/``, one of them an ice-cream kiosk's price board);
* audio is synthesized with espeak-ng and re-encoded with ffmpeg to mono 16 kHz (8 kHz for .wav and
  .flac) in several containers (.m4a, .mp3, .wav, .ogg, .opus, .flac), each clip under 16 s.

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
ALBUM = "cornwall_2025"

# --------------------------------------------------------------------------- images with text


def parking_sign() -> Image.Image:  # IMG_4418.JPG (a parking restriction sign on a post, photographed)
    img = gradient((340, 420), (150, 175, 200), (200, 200, 195))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 330, 340, 420], fill=(120, 115, 110))  # pavement
    d.rectangle([160, 250, 180, 420], fill=(90, 90, 95))  # post
    d.rectangle([60, 30, 280, 260], fill="white", outline=(20, 20, 20), width=4)
    d.ellipse([140, 40, 200, 100], fill=(30, 70, 170), outline=(200, 30, 30), width=7)
    d.line([148, 48, 192, 92], fill=(200, 30, 30), width=7)
    draw_lines(img, (78, 112), ["Mon - Fri", "8 am - 6 pm", "", "Permit holders", "only  ZONE C"],
               font(BOLD, 17), gap=4)
    draw_lines(img, (78, 228), ["Vehicles will be towed"], font(SANS, 12), fill=(180, 20, 20))
    return photo_finish(img.rotate(1.5, resample=Image.BICUBIC, fillcolor=(170, 180, 190)), 1301)


def parcel_locker() -> Image.Image:  # Screenshot_20260303-081122.png (a parcel-locker pickup notice in an app)
    img = Image.new("RGB", (300, 500), (250, 250, 250))
    d = ImageDraw.Draw(img)
    draw_lines(img, (10, 4), ["08:11"], font(SANS, 11), fill=(20, 20, 20))
    d.rectangle([0, 24, 300, 70], fill=(255, 200, 0))
    draw_lines(img, (16, 36), ["Your parcel is ready"], font(BOLD, 18), fill=(20, 20, 20))
    draw_lines(img, (16, 90), ["Collect from the locker at:", "Co-op, 41 Kings Road", "Locker bank by the entrance"],
               font(SANS, 13), fill=(50, 50, 50), gap=6)
    draw_lines(img, (16, 170), ["PICK-UP CODE"], font(SANS, 12), fill=(110, 110, 110))
    draw_lines(img, (16, 190), ["482 917"], font(BOLD, 34), fill=(20, 20, 20))
    draw_lines(img, (16, 250), ["Collect by Tuesday 10 March, 8 pm.", "After that it goes back to the sender.",
                                "", "Sender: Hartley Garden Supplies", "Tracking: HX 7731 0042 GB"],
               font(SANS, 12), fill=(60, 60, 60), gap=6)
    d.rounded_rectangle([16, 420, 284, 460], radius=8, fill=(20, 20, 20))
    draw_lines(img, (92, 431), ["Open in maps"], font(BOLD, 14), fill="white")
    return img


def gym_timetable_mac() -> Image.Image:  # Screenshot 2026-03-05 at 21.47.10.png (a web page on a Mac)
    img = Image.new("RGB", (520, 330), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 520, 26], fill=(222, 222, 222))
    for i, c in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        d.ellipse([10 + 18 * i, 8, 22 + 18 * i, 20], fill=c)
    d.rounded_rectangle([90, 5, 430, 21], radius=5, fill="white")
    draw_lines(img, (100, 7), ["riversideleisure.example/classes"], font(SANS, 10), fill=(90, 90, 90))
    d.rectangle([20, 36, 500, 320], fill="white")
    draw_lines(img, (36, 46), ["Riverside Leisure Centre"], font(BOLD, 18), fill=(0, 90, 130))
    draw_lines(img, (36, 72), ["Spring class timetable (from 2 March)"], font(SANS, 12), fill=(110, 110, 110))
    draw_lines(img, (36, 104), ["Mon   07:00   Spin            Studio 2", "Tue   18:30   Yoga            Studio 1",
                                "Wed   12:15   Pilates         Studio 1", "Thu   19:00   Zumba           Main hall",
                                "Fri   17:45   Circuits        Main hall", "Sat   09:00   Aqua fit        Pool"],
               font(MONO, 13), fill=(40, 40, 40), gap=9)
    draw_lines(img, (36, 280), ["Book online up to 7 days ahead. Members free, others 6.50."], font(SANS, 11),
               fill=(110, 110, 110))
    return img


def parents_chat() -> Image.Image:  # Screenshot_2026-03-08-14-02-33-512_com.whatsapp.jpg (a group chat)
    img = Image.new("RGB", (300, 520), (236, 229, 221))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 56], fill=(7, 94, 84))
    draw_lines(img, (14, 10), ["Class 2 Parents", "Sam, Priya, Tom, you"], font(BOLD, 14), fill="white", gap=3)
    msgs = [
        (False, "Priya", ["Reminder: bake sale this Friday!", "Cakes to the school office by 8:45."]),
        (False, "Priya", ["NO nuts please, two kids in", "the class have allergies."]),
        (True, "", ["Will do. Is it cash only?"]),
        (False, "Sam", ["Cash or card, 50p a slice.", "Money goes to the new library."]),
    ]
    y = 70
    for mine, who, lines in msgs:
        h = 20 * len(lines) + (18 if who else 8)
        x0 = 90 if mine else 10
        d.rounded_rectangle([x0, y, x0 + 200, y + h], radius=8, fill=(220, 248, 198) if mine else "white")
        ty = y + 4
        if who:
            draw_lines(img, (x0 + 8, ty), [who], font(BOLD, 11), fill=(180, 80, 40))
            ty += 15
        draw_lines(img, (x0 + 8, ty), lines, font(SANS, 11), fill=(30, 30, 30), gap=6)
        y += h + 12
    return img


def trattoria_bill_it() -> Image.Image:  # 20260306_192244.jpg (an Italian restaurant bill, photographed)
    doc = Image.new("RGB", (250, 380), (252, 252, 248))
    f = font(MONO, 12)
    draw_lines(doc, (16, 12), ["  TRATTORIA DA GINO", "  Via dei Serragli 27", "      Firenze", "",
                               "Tavolo 9        Coperti 3", "-------------------------",
                               "Coperto x3          6,00", "Ribollita x2       16,00", "Bistecca 1kg       48,00",
                               "Patate al forno     5,00", "Vino rosso 1/2 l    9,00", "Acqua frizzante     3,00",
                               "Cantucci x3        10,50", "-------------------------", "TOTALE EUR         97,50",
                               "", "  Grazie e arrivederci!"], f, gap=4)
    return photographed(doc, 1305, angle=-2.2, bg=(120, 80, 50), pad=22)


def bakery_holiday_de() -> Image.Image:  # IMG_20260302_164510.jpg (a notice in a bakery's door, photographed)
    doc = Image.new("RGB", (320, 260), (255, 255, 255))
    draw_lines(doc, (20, 18), ["Liebe Kundschaft,"], font(SERIF_BOLD, 18))
    draw_lines(doc, (20, 56), ["unsere Bäckerei bleibt wegen", "Betriebsferien vom 9. bis 22. März",
                               "geschlossen.", "", "Ab Montag, 23. März, sind wir", "wieder ab 6:30 Uhr für Sie da.",
                               "", "Ihre Bäckerei Hofmann"], font(SERIF, 14), gap=5)
    return photographed(doc, 1306, angle=1.6, bg=(60, 70, 80), pad=30)


def flea_market_fr() -> Image.Image:  # PXL_20260307_101833.jpg (a poster on a wall, photographed)
    doc = Image.new("RGB", (300, 400), (255, 240, 120))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 70], fill=(200, 40, 60))
    draw_lines(doc, (22, 14), ["VIDE-GRENIER"], font(MARKER, 32), fill="white")
    draw_lines(doc, (22, 90), ["Dimanche 15 mars", "de 7 h à 18 h", "", "Place de l'Église", "Saint-Martin-du-Lac"],
               font(BOLD, 18), fill=(40, 30, 20), gap=6)
    draw_lines(doc, (22, 260), ["Emplacement : 3 € le mètre", "Inscriptions à la mairie", "avant le 12 mars",
                                "Buvette et crêpes sur place"], font(SANS, 13), fill=(40, 30, 20), gap=6)
    return photographed(doc, 1307, angle=-1.2, bg=(170, 160, 150), pad=26)


def bike_notice_nl() -> Image.Image:  # DSC00412.JPG (a bike removal notice on a railing, photographed)
    doc = Image.new("RGB", (320, 260), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 320, 44], fill=(200, 20, 30))
    draw_lines(doc, (16, 10), ["LET OP!  FIETSEN"], font(BOLD, 20), fill="white")
    draw_lines(doc, (16, 60), ["Fietsen die hier na maandag", "16 maart nog staan, worden", "verwijderd.", "",
                               "Ophalen kan bij het fietsdepot,", "Sowijsstraat 3, tegen 25 euro.", "",
                               "Gemeente Utrecht"], font(SANS, 13), gap=5)
    return photographed(doc, 1308, angle=2.4, bg=(90, 95, 100), pad=24)


def electricity_bill_es() -> Image.Image:  # scan0007.jpg (an electricity bill, flatbed-scanned)
    doc = Image.new("RGB", (400, 420), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    draw_lines(doc, (24, 20), ["Energía Levante S.A."], font(BOLD, 18), fill=(0, 100, 60))
    draw_lines(doc, (24, 50), ["FACTURA DE ELECTRICIDAD"], font(SANS, 12), fill=(90, 90, 90))
    draw_lines(doc, (24, 84), ["Titular: Carmen Ruiz Ortega", "Calle Jazmín 8, 2º B, Valencia", "",
                               "Periodo: 01/01/2026 - 31/01/2026", "Consumo: 212 kWh", "",
                               "Nº factura: FL-2026-0048813"], font(SANS, 13), gap=5)
    d.rectangle([24, 270, 376, 330], outline=(0, 100, 60), width=2)
    draw_lines(doc, (36, 280), ["IMPORTE TOTAL:   67,42 €", "Fecha de cargo: 20/03/2026"], font(BOLD, 14), gap=6)
    draw_lines(doc, (24, 350), ["Domiciliado en ES12 **** **** 4821"], font(SANS, 11), fill=(90, 90, 90))
    return photo_finish(ImageOps.autocontrast(doc), 1309, noise=2.0, blur=0.4)


def shopping_list() -> Image.Image:  # WhatsApp Image 2026-03-09 at 12.30.55.jpeg (a handwritten list)
    doc = Image.new("RGB", (260, 330), (250, 250, 245))
    d = ImageDraw.Draw(doc)
    for y in range(46, 330, 24):
        d.line([0, y, 260, y], fill=(180, 200, 225), width=1)
    draw_lines(doc, (14, 12), ["Shopping (Sat)"], font(HAND_BOLD, 20), fill=(20, 20, 90))
    draw_lines(doc, (18, 50), ["- eggs (12)", "- oat milk x2", "- lemons", "- birthday candles!!",
                               "- bin bags", "- cat food (the fish one)", "- parmesan", "- AA batteries"],
               font(HAND, 17), fill=(20, 20, 90), gap=7)
    return photographed(doc, 1310, angle=-2.8, bg=(190, 170, 140), pad=24)


def dish_of_day_pt() -> Image.Image:  # IMG_5520.JPG (a chalkboard outside a Lisbon tasca, photographed)
    img = Image.new("RGB", (340, 380), (180, 170, 160))  # stone wall
    d = ImageDraw.Draw(img)
    d.rectangle([40, 20, 300, 350], fill=(35, 40, 38), outline=(120, 80, 40), width=8)
    chalk = (238, 238, 228)
    draw_lines(img, (60, 34), ["Tasca do Zé"], font(HAND_BOLD, 24), fill=chalk)
    draw_lines(img, (60, 80), ["Prato do dia", "Bacalhau à Brás  9,50 €", "", "Sopa de legumes  2,50 €",
                               "Bifana  3,80 €", "Pastel de nata  1,30 €", "", "Menu: prato + bebida",
                               "+ café  12 €"], font(HAND, 16), fill=chalk, gap=7)
    return photo_finish(img, 1311)


def ice_cream_board() -> Image.Image:  # cornwall_2025/P6130063.JPG (an ice-cream kiosk's price board)
    img = gradient((360, 270), (110, 170, 230), (190, 215, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 200, 360, 270], fill=(230, 210, 160))  # sand
    d.rectangle([30, 20, 330, 220], fill=(255, 250, 240), outline=(230, 90, 140), width=6)
    draw_lines(img, (50, 30), ["KERNOW ICES"], font(MARKER, 24), fill=(230, 90, 140))
    draw_lines(img, (54, 72), ["1 scoop ............ £2.80", "2 scoops ........... £4.20", "Add a flake ........ 50p",
                               "Clotted cream top ... £1", "", "Open 10 till 6, card only"], font(SANS, 14), gap=5)
    return photo_finish(img, 1312)


# --------------------------------------------------------------------------- photos


def astronaut_photo() -> Image.Image:  # image0.jpeg (an astronaut in an orange suit, a US flag behind, skimage)
    return photo_finish(skimage_photo("astronaut", crop=(0, 0, 512, 512), size=(320, 320)), 1313, noise=3.0,
                        blur=0.3)


def rocket_photo() -> Image.Image:  # FB_IMG_1709912345678.jpg (a rocket on its launch pad, skimage "rocket")
    return photo_finish(skimage_photo("rocket", size=(340, 230)), 1314, noise=3.0, blur=0.3)


def motorbike_photo() -> Image.Image:  # IMG_5547.JPG (a motorbike in a workshop, skimage "motorcycle")
    return photo_finish(skimage_photo("motorcycle", size=(360, 240)), 1315, noise=3.0, blur=0.3)


def coins_photo() -> Image.Image:  # 20260308_110512.jpg (old coins on a tray, skimage "coins", warmed up)
    return photo_finish(tint(skimage_photo("coins", size=(360, 290)), (1.12, 1.0, 0.78)), 1316, noise=3.0,
                        blur=0.3)


def lighthouse_photo() -> Image.Image:  # cornwall_2025/P6120034.JPG (a white lighthouse on a green cliff)
    img = gradient((360, 270), (90, 150, 220), (180, 210, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 180, 360, 270], fill=(40, 90, 140))  # sea
    d.polygon([(140, 270), (170, 140), (360, 120), (360, 270)], fill=(90, 140, 60))  # cliff
    d.polygon([(235, 130), (250, 40), (270, 40), (285, 130)], fill=(250, 250, 250))  # tower
    d.rectangle([247, 26, 273, 42], fill=(240, 220, 120))  # lamp room
    d.polygon([(243, 26), (260, 12), (277, 26)], fill=(30, 30, 30))
    for y in (60, 95):
        d.rectangle([242, y, 278, y + 10], fill=(200, 30, 30))
    return photo_finish(img, 1317)


def dog_beach_photo() -> Image.Image:  # cornwall_2025/P6120041.JPG (a black dog on a sandy beach with a red ball)
    img = gradient((360, 270), (120, 180, 235), (200, 220, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 110, 360, 160], fill=(50, 110, 160))  # sea
    d.rectangle([0, 160, 360, 270], fill=(225, 205, 160))  # sand
    d.ellipse([120, 170, 220, 215], fill=(25, 25, 25))  # body
    d.ellipse([200, 150, 240, 185], fill=(25, 25, 25))  # head
    for x in (130, 150, 190, 205):
        d.rectangle([x, 205, x + 8, 235], fill=(25, 25, 25))
    d.line([120, 185, 95, 165], fill=(25, 25, 25), width=6)  # tail
    d.ellipse([255, 215, 275, 235], fill=(220, 30, 30))  # ball
    return photo_finish(img, 1318)


def fish_chips_photo() -> Image.Image:  # cornwall_2025/P6120057.JPG (fish and chips in paper on a harbour wall)
    img = gradient((360, 270), (150, 190, 230), (200, 215, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 90, 360, 150], fill=(60, 100, 130))  # harbour water
    for x, c in ((40, (200, 60, 50)), (250, (40, 90, 170))):
        d.polygon([(x, 120), (x + 70, 120), (x + 60, 135), (x + 10, 135)], fill=c)  # boats
    d.rectangle([0, 150, 360, 270], fill=(150, 140, 125))  # stone wall
    d.polygon([(70, 250), (110, 160), (290, 165), (300, 255)], fill=(245, 242, 230))  # paper
    d.ellipse([120, 180, 230, 220], fill=(215, 160, 70))  # battered fish
    for i in range(12):
        x = 150 + (i * 23) % 120
        y = 215 + (i * 11) % 25
        d.rectangle([x, y, x + 30, y + 7], fill=(240, 200, 90))  # chips
    d.ellipse([240, 190, 262, 205], fill=(230, 230, 90))  # lemon
    return photo_finish(img, 1319)


def sunset_boats_photo() -> Image.Image:  # cornwall_2025/P6130078.JPG (a sunset over the sea with sailing boats)
    img = gradient((360, 270), (60, 40, 110), (250, 150, 70))
    d = ImageDraw.Draw(img)
    d.ellipse([150, 120, 210, 180], fill=(255, 210, 110))  # sun
    d.rectangle([0, 165, 360, 270], fill=(70, 50, 80))  # sea
    for y in range(175, 270, 12):
        d.line([150 - (y - 165) // 3, y, 210 + (y - 165) // 3, y], fill=(240, 150, 80), width=2)
    for x in (60, 270):
        d.polygon([(x, 170), (x + 40, 170), (x + 34, 180), (x + 6, 180)], fill=(20, 15, 25))
        d.polygon([(x + 20, 100), (x + 20, 168), (x + 45, 168)], fill=(30, 25, 35))
    return photo_finish(img, 1320)


IMAGES = {
    # screenshots
    "Screenshot_20260303-081122.png": parcel_locker,
    "Screenshot 2026-03-05 at 21.47.10.png": gym_timetable_mac,
    "Screenshot_2026-03-08-14-02-33-512_com.whatsapp.jpg": parents_chat,
    # photographed or scanned text
    "IMG_4418.JPG": parking_sign,
    "20260306_192244.jpg": trattoria_bill_it,
    "IMG_20260302_164510.jpg": bakery_holiday_de,
    "PXL_20260307_101833.jpg": flea_market_fr,
    "DSC00412.JPG": bike_notice_nl,
    "scan0007.jpg": electricity_bill_es,
    "WhatsApp Image 2026-03-09 at 12.30.55.jpeg": shopping_list,
    "IMG_5520.JPG": dish_of_day_pt,
    # photos
    "image0.jpeg": astronaut_photo,
    "FB_IMG_1709912345678.jpg": rocket_photo,
    "IMG_5547.JPG": motorbike_photo,
    "20260308_110512.jpg": coins_photo,
    # the seaside album for search (one of its five photos is the ice-cream kiosk's board: text)
    f"{ALBUM}/P6120034.JPG": lighthouse_photo,
    f"{ALBUM}/P6120041.JPG": dog_beach_photo,
    f"{ALBUM}/P6120057.JPG": fish_chips_photo,
    f"{ALBUM}/P6130063.JPG": ice_cream_board,
    f"{ALBUM}/P6130078.JPG": sunset_boats_photo,
}

# --------------------------------------------------------------------------- audio

SPEECH = {
    "Hollybush Lane 4.m4a": [
        ("en-gb+f3", "Hello, it's Dawn from Castle Dental. Your check up has moved to Monday the ninth of March at "
                     "ten forty. Please come ten minutes early and bring a list of any medicines you take."),
    ],
    "260302_0917.mp3": [
        ("en-us+m3", "Okay, allotment committee. The water troughs get switched on on the first of April."),
        ("en-us+f2", "And the plot rent is forty two pounds, due by the end of March. The skip comes on Saturday."),
    ],
    "TASCAM_0031.wav": [
        ("en-gb+m1", "So how many hives do you keep now?"),
        ("en-gb+f4", "Eleven. We took about ninety jars of honey last summer, mostly lime and bramble."),
    ],
    "Call recording +441632960812_260307_184512.m4a": [
        ("en-gb+m3", "Hiya, it's Kev at Northgate Garage. The car passed its MOT, but both front tyres are close "
                     "to the limit. Two new ones would be a hundred and forty pounds. It's ready to collect after four."),
    ],
    "Neue Aufnahme 12.m4a": [
        ("de+m3", "Hallo, hier ist Herr Brandt von nebenan. Ich habe ein Paket für Sie angenommen. Sie können es "
                  "heute ab achtzehn Uhr bei mir abholen, ich wohne im zweiten Stock."),
    ],
    "Voix 005.m4a": [
        ("fr-fr+f2", "Bonjour, c'est le plombier. Je passe mercredi matin entre huit et dix heures pour changer le "
                     "chauffe-eau. Ce sera quatre cent quatre-vingts euros. Laissez la clé à la gardienne."),
    ],
    "audio_2026-03-04_19-22-10.ogg": [
        ("es+f3", "Hola guapa, soy Marta. Mi cumple es el sábado a las nueve de la noche en el bar La Tasca, "
                  "calle del Pez catorce. No traigas regalo, solo ganas de bailar."),
    ],
    "PTT-20260305-WA0007.opus": [
        ("it+f2", "Allora, per il tiramisù ti servono quattro uova, mezzo chilo di mascarpone, i savoiardi, "
                  "il caffè freddo e il cacao amaro. Niente liquore per i bambini."),
    ],
    "signal-2026-03-06-081502.m4a": [
        ("nl+m3", "Hoi, met Daan. Door de treinstaking gaat het overleg van half elf online. De Teams-link staat "
                  "in je mail. Tot straks."),
    ],
    "untitled.flac": [
        ("pt-br+f3", "Olá, aqui é da clínica Bem Estar. A vacina do Pedro está marcada para sexta-feira às duas "
                     "da tarde. Não esqueça a carteirinha de vacinação."),
    ],
}


if __name__ == "__main__":
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=165, max_seconds=16.0)
    report(paths, MAX_BYTES)
