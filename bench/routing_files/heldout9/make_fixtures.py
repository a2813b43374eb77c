"""Recreate the fixture files used by the ninth held-out routing set (bench/routing_heldout9/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg fonts-liberation``):

    .venv/bin/python bench/routing_files/heldout9/make_fixtures.py

Adapted from bench/routing_files/heldout8/make_fixtures.py (its helpers and audio encoder settings are
shared, in ../fixture_kit.py). Everything is generated from scratch and deterministically, with no downloads and
no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg``/``.JPG`` ones are "photographed" (slight rotation, blur, seeded noise);
* the photos are scikit-image's bundled sample photos ``chelsea``, ``coffee`` and ``rocket`` (cropped
  and resized), or scenes drawn with Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for .wav/.flac), in several containers (.opus, .m4a, .mp3, .ogg, .aac, .flac, .wav, .webm),
  each clip under 13 s.

Every file stays under 250 KB.  The routing set only *plans*, so the files exist to make the
requests realistic and the paths real; their content matches what the requests ask about.
"""


import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/routing_files: fixture_kit
from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
    HAND_BOLD,
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

HERE = Path(__file__).resolve().parent
MAX_BYTES = 250_000
MAX_SECONDS = 13.0
ALBUM = "viagem_lisboa"


# --------------------------------------------------------------------------- images with text


def pub_receipt() -> Image.Image:  # IMG_7731.jpg (a pub receipt, photographed)
    doc = Image.new("RGB", (240, 420), (252, 252, 246))
    f = font(MONO, 12)
    draw_lines(doc, (14, 10), ["  THE CROWN & ANCHOR", "   12 Harbour Road", "   Falmouth TR11 2AB", ""],
               font(MONO_BOLD, 12), gap=3)
    draw_lines(doc, (14, 78), ["Table 9    Covers 4", "", "2 Fish & Chips     29.00", "1 Steak Pie         15.50",
                               "1 Veggie Burger     13.00", "3 Pint Bitter       16.50", "1 Lemonade           3.20",
                               "1 Sticky Toffee      7.40", "--------------------------", "SUBTOTAL           84.60",
                               "Service not incl.", "TOTAL GBP          84.60", "", "07/12/2025  20:51",
                               "Served by: Megan", "", "  Thank you, see you soon!"], f, gap=4)
    return photographed(doc, 901, angle=-2.2, bg=(60, 45, 35), pad=22)


def flight_screenshot() -> Image.Image:  # Screenshot_20251209-081544.png (an airline app notification)
    img = Image.new("RGB", (300, 540), (244, 246, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(15, 15, 15))
    draw_lines(img, (10, 4), ["08:15", "62%"], font(SANS, 11), fill="white")
    d.rectangle([0, 22, 300, 70], fill=(5, 40, 90))
    draw_lines(img, (16, 36), ["My trips"], font(BOLD, 17), fill="white")
    d.rounded_rectangle([16, 96, 284, 420], radius=14, fill="white", outline=(205, 205, 215), width=2)
    draw_lines(img, (32, 112), ["Flight delayed"], font(BOLD, 18), fill=(200, 90, 0))
    draw_lines(img, (32, 150), ["LH 2473  Munich - Lisbon", "Tue 9 Dec 2025", "",
                                "Scheduled departure   11:50", "New departure         14:35", "Gate                  G27",
                                "Boarding              13:55", "", "Reason: late arrival of the", "incoming aircraft.",
                                "", "A meal voucher (10 EUR) is", "in your app wallet."], font(SANS, 12), gap=4)
    draw_lines(img, (40, 440), ["REBOOK      DETAILS"], font(BOLD, 13), fill=(5, 80, 180))
    return img


def fridge_note_nl() -> Image.Image:  # IMG_20251207_101812.jpg (a handwritten note on the fridge, photographed)
    doc = Image.new("RGB", (260, 300), (255, 246, 160))  # yellow sticky note
    draw_lines(doc, (16, 14), ["Boodschappen:"], font(HAND_BOLD, 20), fill=(30, 40, 120))
    draw_lines(doc, (22, 52), ["- melk + yoghurt", "- 6 eieren", "- brood (volkoren)", "- kattenvoer!", "",
                               "Niet vergeten:", "Bas om 15:30 ophalen", "bij zwemles (bad 2)", "",
                               "x Ilse"], font(HAND, 17), fill=(30, 40, 120), gap=4)
    return photographed(doc, 902, angle=3.5, bg=(230, 232, 235), pad=30)


def shop_door_fr() -> Image.Image:  # PXL_20251206_163015.jpg (a notice taped to a shop door, photographed)
    doc = Image.new("RGB", (280, 250), "white")
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 280, 40], fill=(150, 20, 40))
    draw_lines(doc, (16, 10), ["Librairie Les Pages"], font(BOLD, 16), fill="white")
    draw_lines(doc, (16, 54), ["FERMETURE EXCEPTIONNELLE"], font(BOLD, 14), fill=(150, 20, 40))
    draw_lines(doc, (16, 84), ["Mercredi 24 décembre : fermeture", "à 16 h.", "", "Fermé le 25 et le 26 décembre.",
                               "Réouverture le samedi 27 à 10 h.", "", "Joyeuses fêtes !"], font(SANS, 13), gap=5)
    img = photographed(doc, 903, angle=-1.5, bg=(40, 60, 70), pad=40)
    return img


def biscuit_label_de() -> Image.Image:  # IMG_7740.jpg (the back of a biscuit packet, photographed)
    doc = Image.new("RGB", (300, 250), (250, 244, 230))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 34], fill=(120, 70, 30))
    draw_lines(doc, (12, 8), ["Haselnuss-Spekulatius 200 g"], font(BOLD, 14), fill="white")
    draw_lines(doc, (12, 44), ["Zutaten: Weizenmehl, Zucker,", "Butter (18 %), HASELNÜSSE (9 %),",
                               "Mandeln, Gewürze (Zimt, Nelken),", "Backtriebmittel, Salz.", "",
                               "Kann Spuren von ERDNÜSSEN und", "SESAM enthalten.", "",
                               "Mindestens haltbar bis: 15.02.2026", "Trocken lagern."], font(SANS, 12), gap=4)
    return photographed(doc, 904, angle=2.0, bg=(150, 150, 155), pad=24)


# --------------------------------------------------------------------------- photos


def cat_photo() -> Image.Image:  # IMG_7732.jpg (a tabby cat, scikit-image "chelsea")
    return skimage_photo("chelsea", size=(345, 225))


def coffee_photo() -> Image.Image:  # PXL_20251206_120344.jpg (a cup of coffee on a saucer, scikit-image "coffee")
    return skimage_photo("coffee", size=(360, 240))


def rocket_photo() -> Image.Image:  # DSC_0459.JPG (a rocket on the launch pad, scikit-image "rocket")
    return skimage_photo("rocket", size=(320, 213))


# --------------------------------------------------------------------------- the Lisbon album


def tram_photo() -> Image.Image:  # 20251129_103512.jpg (a yellow tram climbing a steep street)
    img = gradient((360, 240), (150, 190, 230), (210, 225, 240))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 240), (0, 150), (360, 90), (360, 240)], fill=(150, 140, 130))  # steep street
    for x, h, c in ((0, 120, (230, 200, 150)), (90, 150, (240, 170, 140)), (250, 170, (200, 215, 230))):
        d.rectangle([x, 140 - h, x + 80, 150 - x // 6], fill=c)  # houses
    d.polygon([(110, 175), (250, 150), (250, 95), (110, 120)], fill=(245, 200, 20))  # yellow tram
    for i in range(4):
        x = 125 + i * 30
        d.polygon([(x, 128 - i * 5), (x + 20, 124 - i * 5), (x + 20, 104 - i * 5), (x, 108 - i * 5)],
                  fill=(210, 225, 235))
    d.line([180, 108, 190, 40], fill=(40, 40, 40), width=2)  # trolley pole
    d.line([0, 70, 360, 30], fill=(40, 40, 40), width=1)
    return photo_finish(img, 911)


def pasteis_photo() -> Image.Image:  # 20251129_111047.jpg (custard tarts on a plate, coffee cup beside)
    img = Image.new("RGB", (360, 240), (120, 85, 60))  # wooden table
    d = ImageDraw.Draw(img)
    d.ellipse([40, 50, 280, 210], fill=(245, 245, 240), outline=(200, 200, 200), width=2)  # plate
    for cx, cy in ((110, 110), (180, 100), (140, 160), (210, 155)):
        d.ellipse([cx - 30, cy - 24, cx + 30, cy + 24], fill=(200, 140, 60))  # pastry
        d.ellipse([cx - 22, cy - 17, cx + 22, cy + 17], fill=(240, 200, 90))  # custard
        d.ellipse([cx - 8, cy - 6, cx + 2, cy + 2], fill=(110, 60, 20))  # burnt spot
    d.ellipse([290, 40, 350, 100], fill=(250, 250, 250))  # cup
    d.ellipse([298, 48, 342, 92], fill=(70, 40, 20))
    return photo_finish(img, 912)


def cafe_menu_photo() -> Image.Image:  # 20251129_112230.jpg (a café's price board, text)
    img = Image.new("RGB", (340, 290), (60, 50, 45))
    d = ImageDraw.Draw(img)
    d.rectangle([26, 18, 314, 266], fill=(25, 30, 28), outline=(170, 130, 80), width=7)
    chalk = (240, 238, 228)
    draw_lines(img, (46, 34), ["Café Tagide - Lista"], font(HAND_BOLD, 19), fill=chalk)
    draw_lines(img, (46, 74), ["Bica            0,90 €", "Galão           1,60 €", "Pastel de nata  1,30 €",
                               "Tosta mista     3,50 €", "Sumo de laranja 2,80 €", "", "Wi-Fi: tagide2025"],
               font(HAND, 16), fill=chalk, gap=7)
    return photo_finish(img, 913, noise=5.5, blur=0.7)


def bridge_sunset_photo() -> Image.Image:  # 20251129_174402.jpg (a red suspension bridge over the river at sunset)
    img = gradient((360, 240), (250, 150, 70), (120, 60, 90))
    d = ImageDraw.Draw(img)
    d.ellipse([150, 110, 200, 160], fill=(255, 220, 120))  # sun
    d.rectangle([0, 150, 360, 240], fill=(60, 50, 80))  # river
    d.rectangle([0, 128, 360, 136], fill=(180, 40, 30))  # deck
    for x in (90, 270):
        d.rectangle([x - 6, 40, x + 6, 150], fill=(180, 40, 30))  # towers
    d.arc([-90, 40, 90, 230], start=270, end=360, fill=(180, 40, 30), width=3)
    d.arc([90, 40, 270, 230], start=180, end=360, fill=(180, 40, 30), width=3)
    d.arc([270, 40, 450, 230], start=180, end=270, fill=(180, 40, 30), width=3)
    return photo_finish(img, 914, blur=1.0)


def azulejo_photo() -> Image.Image:  # 20251130_095821.jpg (a house front covered in blue and white tiles)
    img = Image.new("RGB", (360, 240), (240, 240, 245))
    d = ImageDraw.Draw(img)
    for y in range(0, 200, 20):
        for x in range(0, 360, 20):
            d.rectangle([x, y, x + 19, y + 19], fill=(245, 245, 250), outline=(180, 190, 210))
            d.ellipse([x + 4, y + 4, x + 15, y + 15], outline=(30, 70, 160), width=2)
            d.point([(x + 10, y + 10)], fill=(30, 70, 160))
    d.rectangle([140, 90, 220, 200], fill=(90, 50, 30))  # door
    d.rectangle([40, 60, 100, 120], fill=(40, 60, 70))  # windows
    d.rectangle([260, 60, 320, 120], fill=(40, 60, 70))
    d.rectangle([0, 200, 360, 240], fill=(200, 195, 185))  # cobbles
    return photo_finish(img, 915)


def street_sign_photo() -> Image.Image:  # 20251130_102940.jpg (a tiled street-name plaque and a viewpoint sign, text)
    img = gradient((360, 240), (225, 205, 170), (200, 180, 150))  # plaster wall
    d = ImageDraw.Draw(img)
    d.rectangle([40, 30, 320, 110], fill=(250, 250, 250), outline=(30, 70, 160), width=5)
    draw_lines(img, (70, 44), ["Rua de São Tomé"], font(SERIF_BOLD, 22), fill=(30, 70, 160))
    draw_lines(img, (120, 78), ["Freguesia de Santa Maria Maior"], font(SERIF, 10), fill=(30, 70, 160))
    d.rectangle([70, 140, 290, 190], fill=(120, 80, 40))
    draw_lines(img, (84, 150), ["Miradouro de Santa Luzia", "200 m  \u2192"], font(BOLD, 13), fill="white", gap=2)
    return photo_finish(img, 916, noise=5.0)


def seagull_photo() -> Image.Image:  # 20251130_151233.jpg (a seagull on a railing above the river)
    img = gradient((360, 240), (170, 200, 230), (120, 160, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 150, 360, 240], fill=(70, 110, 150))  # water
    d.rectangle([0, 170, 360, 178], fill=(60, 60, 60))  # railing
    for x in range(10, 360, 40):
        d.rectangle([x, 178, x + 5, 240], fill=(60, 60, 60))
    d.ellipse([150, 110, 230, 165], fill=(245, 245, 245))  # body
    d.ellipse([205, 90, 240, 125], fill=(245, 245, 245))  # head
    d.polygon([(160, 125), (120, 145), (190, 150)], fill=(150, 155, 165))  # wing
    d.polygon([(238, 105), (256, 110), (238, 114)], fill=(240, 190, 30))  # beak
    d.ellipse([222, 100, 228, 106], fill=(10, 10, 10))
    d.line([180, 160, 178, 172], fill=(230, 170, 60), width=3)  # legs
    d.line([200, 160, 202, 172], fill=(230, 170, 60), width=3)
    return photo_finish(img, 917)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "PTT-20251210-WA0003.opus": [
        ("en-gb+m3", "Morning, it's Gareth the plumber. I can come Wednesday between eight and ten. "
                     "Please turn the water off at the stopcock before I get there. The call-out is eighty-five pounds."),
    ],
    "Voice 012.m4a": [
        ("en-us+m2", "Hey team, coach Dana here. Thursday practice is cancelled, the field is frozen. "
                     "We'll train Saturday at ten in the indoor hall instead, so bring indoor shoes."),
    ],
    "AUD-20251208-WA0021.mp3": [
        ("de+m3", "Guten Abend, hier ist Herr Brandt von nebenan. Ich habe Ihr Paket angenommen, "
                  "es liegt bei mir im zweiten Stock. Ich bin bis zwanzig Uhr zu Hause."),
    ],
    "Nouvel enregistrement 7.ogg": [
        ("fr-fr+f2", "Bonjour, c'est la maîtresse de Léa. Vendredi, nous allons au musée des sciences. "
                     "Prévoyez un pique-nique et cinq euros, s'il vous plaît."),
    ],
    "nota_de_voz_3.aac": [
        ("es+f3", "Hola, soy Marisa, la dueña del piso. El lunes viene el técnico de la caldera entre las nueve "
                  "y las once. Deja la llave al portero, por favor."),
    ],
    "registrazione_07.flac": [
        ("it+m3", "Buonasera, sono Franco dell'officina. La macchina è pronta, abbiamo cambiato le pastiglie "
                  "dei freni. Sono duecentoquaranta euro. Chiudiamo alle sette."),
    ],
    "spraakmemo_12.wav": [
        ("nl+f3", "Hoi lieverd, met oma. Vrijdag eten we om zes uur bij restaurant De Molen. "
                  "Neem je je nieuwe vriend ook mee?"),
    ],
    "audio_2025-12-07_21-14.webm": [
        ("pt-br+m3", "Oi, é o Rafael. A reunião de segunda passou para terça às duas da tarde, na sala três."),
        ("pt-br+f2", "E não esquece de trazer o relatório impresso."),
    ],
}


def make_images() -> list[Path]:
    return save_images(HERE, {
        "Screenshot_20251209-081544.png": flight_screenshot,
        # photographed text
        "IMG_7731.jpg": pub_receipt,
        "IMG_20251207_101812.jpg": fridge_note_nl,
        "PXL_20251206_163015.jpg": shop_door_fr,
        "IMG_7740.jpg": biscuit_label_de,
        # photos without text
        "IMG_7732.jpg": cat_photo,
        "PXL_20251206_120344.jpg": coffee_photo,
        "DSC_0459.JPG": rocket_photo,
        # the Lisbon album for search (two of its seven photos show text: a café board and a street sign)
        f"{ALBUM}/20251129_103512.jpg": tram_photo,
        f"{ALBUM}/20251129_111047.jpg": pasteis_photo,
        f"{ALBUM}/20251129_112230.jpg": cafe_menu_photo,
        f"{ALBUM}/20251129_174402.jpg": bridge_sunset_photo,
        f"{ALBUM}/20251130_095821.jpg": azulejo_photo,
        f"{ALBUM}/20251130_102940.jpg": street_sign_photo,
        f"{ALBUM}/20251130_151233.jpg": seagull_photo,
    })


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=170, max_seconds=MAX_SECONDS), MAX_BYTES)
