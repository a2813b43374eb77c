"""Recreate the fixture files used by the seventh held-out routing set (bench/routing_heldout7/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg fonts-liberation``):

    .venv/bin/python bench/routing_files/heldout7/make_fixtures.py

Adapted from bench/routing_files/heldout6/make_fixtures.py (same helpers, now shared in ../fixture_kit.py).
Everything is generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg``/``.JPG`` ones are "photographed" (slight rotation, blur, seeded noise);
* the photos are scikit-image's bundled sample photos (``chelsea`` the cat, ``coffee``), cropped,
  or scenes drawn with Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for .wav), in several containers (.opus, .ogg, .m4a, .mp3, .wav, .aac), each clip under 13 s.

Every file stays under 200 KB.  The routing set only *plans*, so the files exist to make the
requests realistic and the paths real; their content matches what the requests ask about.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/routing_files: fixture_kit
from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
    HAND_BOLD,
    SANS,
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
MAX_BYTES = 200_000
MAX_SECONDS = 13.0
ALBUM = "camping_ardennes"


# --------------------------------------------------------------------------- images with text


def babysitter_note() -> Image.Image:  # IMG_3318.jpg (a handwritten note on the fridge, photographed)
    doc = Image.new("RGB", (280, 320), (255, 252, 235))
    f = font(HAND, 16)
    draw_lines(doc, (16, 12), ["For Jess (babysitting Sat)"], font(HAND_BOLD, 18), fill=(20, 30, 100))
    draw_lines(doc, (16, 48), ["- Maya's bottle at 7pm, 150 ml", "- bath is optional tonight",
                               "- in bed by 7:30, white noise ON", "- Leo: no screens after 8!",
                               "- pizza money in the blue jar", "", "Our mobile: 07700 900412",
                               "Neighbour Sue (no. 9) if stuck", "Back by 11:30 - thank you x"], f, fill=(20, 30, 100), gap=6)
    return photographed(doc, 701, angle=-2.0, bg=(225, 228, 232), pad=28)


def paint_tin() -> Image.Image:  # PXL_20251129_101522.jpg (the label on a tin of wall paint)
    img = Image.new("RGB", (300, 340), (200, 195, 185))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 280, 300, 340], fill=(120, 110, 100))  # dust sheet on the floor
    d.rectangle([40, 30, 260, 300], fill=(185, 188, 192))  # the tin
    d.ellipse([40, 16, 260, 44], fill=(160, 163, 168))
    d.rectangle([52, 60, 248, 272], fill="white")
    d.rectangle([52, 60, 248, 118], fill=(150, 200, 195))  # duck-egg swatch
    draw_lines(img, (62, 68), ["DUCK EGG BLUE", "Matt Emulsion  2.5 L"], font(BOLD, 14), fill=(20, 40, 50), gap=6)
    draw_lines(img, (62, 128), ["Covers up to 13 m\u00b2 per litre", "Touch dry: 1 hour", "Recoat after 4 hours",
                                "Apply 2 coats", "Stir well before use", "Clean brushes with water",
                                "Batch 2411-07"], font(SANS, 12), fill=(30, 30, 30), gap=5)
    return photo_finish(img, 702, noise=5.0)


def rail_replacement_de() -> Image.Image:  # Screenshot_20251127-184455.png (an Android screenshot of a rail app)
    img = Image.new("RGB", (300, 520), (245, 245, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(30, 30, 30))
    draw_lines(img, (10, 4), ["18:44"], font(SANS, 11), fill="white")
    d.rectangle([0, 22, 300, 70], fill=(200, 20, 30))
    draw_lines(img, (14, 36), ["Reiseauskunft"], font(BOLD, 16), fill="white")
    d.rounded_rectangle([12, 84, 288, 360], radius=10, fill="white", outline=(210, 210, 210))
    draw_lines(img, (24, 96), ["\u26a0 Bauarbeiten: RE 7"], font(BOLD, 14), fill=(200, 20, 30))
    draw_lines(img, (24, 124), ["Kiel Hbf - Hamburg Hbf", "", "Sa 29.11. bis Mo 01.12.",
                                "Ersatzverkehr mit Bussen", "zwischen Neum\u00fcnster und", "Elmshorn.", "",
                                "Abfahrt Bus: Bahnhofsvorplatz,", "Haltestelle C.", "Reisezeit ca. 35 Min. l\u00e4nger.",
                                "Fahrr\u00e4der werden nicht", "mitgenommen."], font(SANS, 13), gap=4)
    draw_lines(img, (24, 380), ["Verbindung speichern", "Teilen"], font(SANS, 13), fill=(0, 90, 160), gap=14)
    return img


def recipe_it() -> Image.Image:  # ricetta_nonna.jpg (a handwritten recipe, photographed)
    doc = Image.new("RGB", (280, 300), (250, 244, 226))
    f = font(HAND, 16)
    draw_lines(doc, (18, 12), ["Tiramis\u00f9 della nonna"], font(HAND_BOLD, 20), fill=(60, 30, 20))
    draw_lines(doc, (18, 50), ["4 uova freschissime", "100 g di zucchero", "500 g di mascarpone",
                               "300 g di savoiardi", "caff\u00e8 forte, freddo", "cacao amaro q.b.", "",
                               "Montare i tuorli con lo zucchero,", "poi il mascarpone. In frigo", "almeno 6 ore!"],
               f, fill=(60, 30, 20), gap=5)
    return photographed(doc, 703, angle=2.5, bg=(140, 100, 70), pad=26)


def flea_market_fr() -> Image.Image:  # affiche_vide_grenier.jpg (a poster in a shop window, photographed)
    doc = Image.new("RGB", (280, 360), (255, 236, 90))
    d = ImageDraw.Draw(doc)
    draw_lines(doc, (20, 16), ["GRAND", "VIDE-GRENIER"], font(BOLD, 28), fill=(180, 20, 40), gap=2)
    d.line([20, 90, 260, 90], fill=(180, 20, 40), width=3)
    draw_lines(doc, (20, 104), ["de la Croix-Rousse", "", "Dimanche 7 décembre", "de 8 h à 17 h",
                                "Place de la Croix-Rousse", "", "Emplacement 3 m : 12 \u20ac", "Buvette et crêpes sur place",
                                "Inscriptions : mairie du 4e", "avant le 3 décembre"], font(SANS, 14), fill=(30, 30, 30), gap=4)
    return photographed(doc, 704, angle=-1.5, bg=(60, 70, 80), pad=22)


def pool_timetable_es() -> Image.Image:  # horario_piscina.png
    img = Image.new("RGB", (380, 340), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 380, 52], fill=(0, 120, 190))
    draw_lines(img, (16, 8), ["PISCINA MUNICIPAL SAN ROQUE", "Horario de invierno 2025-26"], font(BOLD, 14), fill="white", gap=5)
    rows = [("Lunes a viernes", "7:00 - 22:00"), ("Sábados", "9:00 - 20:00"), ("Domingos", "9:00 - 14:00"),
            ("Nado libre", "calles 1-3"), ("Aquagym", "mar y jue 19:00")]
    y = 70
    for a, b in rows:
        draw_lines(img, (18, y), [a], font(BOLD, 13))
        draw_lines(img, (200, y), [b], font(SANS, 13))
        d.line([18, y + 24, 362, y + 24], fill=(220, 220, 220))
        y += 32
    draw_lines(img, (18, 244), ["Gorro obligatorio.", "Entrada adulto: 4,50 \u20ac  \u00b7  Bono 10 baños: 38 \u20ac",
                                "Cerrado el 25 de diciembre y el 1 de enero."], font(SANS, 12), fill=(60, 60, 60), gap=6)
    return img


# --------------------------------------------------------------------------- photos


def cat_photo() -> Image.Image:  # IMG_5520.jpg (a tabby cat)
    return skimage_photo("chelsea", size=(360, 234))


def tent_photo() -> Image.Image:  # P1010231.JPG (an orange tent by a river at dusk)
    img = gradient((360, 240), (250, 160, 100), (120, 90, 140))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 120), (90, 70), (200, 110), (290, 60), (360, 100), (360, 150), (0, 150)], fill=(40, 60, 50))
    d.rectangle([0, 150, 360, 240], fill=(60, 90, 60))
    d.polygon([(0, 190), (360, 170), (360, 200), (0, 225)], fill=(90, 110, 150))  # river
    d.polygon([(100, 180), (160, 110), (220, 180)], fill=(240, 120, 30))  # tent
    d.polygon([(150, 180), (160, 130), (170, 180)], fill=(60, 40, 30))  # open door
    return photo_finish(img, 711)


def campfire_photo() -> Image.Image:  # P1010232.JPG (a campfire at night, marshmallows on sticks)
    img = Image.new("RGB", (360, 240), (12, 14, 30))
    d = ImageDraw.Draw(img)
    rng = np.random.default_rng(712)
    for _ in range(40):
        x, y = int(rng.integers(0, 360)), int(rng.integers(0, 90))
        d.point((x, y), fill=(230, 230, 255))
    d.ellipse([110, 170, 250, 215], fill=(60, 60, 60))  # stone ring
    for c, box in [((200, 40, 10), [135, 100, 225, 195]), ((250, 140, 20), [150, 120, 210, 195]),
                   ((255, 220, 90), [165, 145, 195, 195])]:
        d.ellipse(box, fill=c)
    for x0, y0 in ((40, 120), (320, 110)):  # sticks with marshmallows
        d.line([x0, y0 + 60, (x0 + 180) // 2, y0 + 10], fill=(120, 80, 40), width=3)
        d.ellipse([(x0 + 180) // 2 - 6, y0 + 2, (x0 + 180) // 2 + 6, y0 + 16], fill=(250, 245, 235))
    return photo_finish(img, 712, blur=1.0)


def trail_sign_photo() -> Image.Image:  # P1010233.JPG (a wooden trail signpost in the forest)
    img = gradient((360, 260), (120, 160, 110), (60, 90, 50))
    d = ImageDraw.Draw(img)
    for x in (20, 70, 290, 330):
        d.rectangle([x, 0, x + 18, 260], fill=(70, 50, 35))  # tree trunks
    d.rectangle([172, 60, 184, 260], fill=(110, 80, 50))
    signs = [("Belvédère  1,2 km  \u2192", 40), ("\u2190  Sentier des Crêtes  4,5 km", 90), ("Bouillon  9 km  \u2192", 140)]
    for text, y in signs:
        d.rectangle([70, y, 300, y + 34], fill=(150, 110, 60), outline=(90, 60, 30), width=2)
        draw_lines(img, (80, y + 9), [text], font(BOLD, 14), fill=(250, 245, 220))
    return photo_finish(img, 713)


def campsite_rules_photo() -> Image.Image:  # P1010234.JPG (the rules board at the campsite entrance)
    img = gradient((340, 290), (150, 190, 230), (200, 220, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 230, 340, 290], fill=(110, 140, 80))
    d.rectangle([60, 200, 70, 290], fill=(100, 70, 45))
    d.rectangle([270, 200, 280, 290], fill=(100, 70, 45))
    d.rectangle([30, 14, 310, 220], fill=(245, 242, 230), outline=(30, 90, 60), width=5)
    draw_lines(img, (46, 24), ["CAMPING LE HÉRON"], font(BOLD, 18), fill=(30, 90, 60))
    draw_lines(img, (46, 56), ["Quiet hours 22:00 - 08:00", "Check-out before 11:00", "Fires only in the fire pits",
                               "Dogs on a lead at all times", "Reception 9-12 h / 14-18 h", "Wi-Fi: heron-guest",
                               "Password: canoe2025"], font(SANS, 13), fill=(30, 30, 30), gap=5)
    return photo_finish(img, 714, noise=5.0)


def coffee_photo() -> Image.Image:  # P1010235.JPG (a cup of coffee on the picnic table)
    return skimage_photo("coffee", size=(360, 240))


def canoe_photo() -> Image.Image:  # P1010236.JPG (a red canoe on a calm river, morning mist)
    img = gradient((360, 240), (215, 220, 225), (170, 185, 190))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 110), (100, 80), (220, 100), (360, 75), (360, 125), (0, 125)], fill=(90, 120, 90))
    d.rectangle([0, 125, 360, 240], fill=(110, 140, 160))
    for y in range(135, 240, 14):
        d.line([0, y, 360, y + 1], fill=(140, 165, 180))
    d.polygon([(70, 170), (290, 170), (260, 192), (100, 192)], fill=(200, 35, 35))  # canoe
    d.ellipse([150, 150, 170, 170], fill=(240, 200, 40))  # paddler's yellow life jacket
    d.line([120, 150, 200, 200], fill=(100, 70, 40), width=3)
    return photo_finish(img, 716)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "PTT-20251201-WA0009.opus": [
        ("en-gb+m3", "Hey, it's Marcus. I'm running about twenty minutes late, the bus broke down. "
                     "Grab us a table by the window and order me a lemonade."),
    ],
    "GMT20251126-150312_Recording.m4a": [
        ("en-us+m3", "Quick standup. I finished the login page, today I'm on the password reset."),
        ("en-gb+f3", "I'm still blocked on the payment API, waiting for keys from finance."),
        ("en-us+f2", "Release moves to Friday. Demo at four."),
    ],
    "Anruf_Schule.mp3": [
        ("de+f2", "Guten Tag, hier ist das Sekretariat der Grundschule am Park. Ihr Sohn Jonas hat leichtes Fieber. "
                  "Bitte holen Sie ihn bis zwölf Uhr ab."),
    ],
    "messagerie_garage.m4a": [
        ("fr-fr+m3", "Bonjour, ici le garage Martin. Votre voiture est prête. Vous pouvez passer demain "
                     "entre huit heures et midi. Le total est de deux cent quarante euros."),
    ],
    "WhatsApp Ptt 2025-11-29 at 21.14.03.ogg": [
        ("es+f4", "Hola cariño, soy la abuela. Mañana no vengas a comer, que tengo médico a la una. "
                  "Nos vemos el domingo, un beso."),
    ],
    "segreteria_farmacia.wav": [
        ("it+f2", "Buongiorno, la chiamo dalla farmacia Centrale. Il suo farmaco è arrivato, "
                  "può ritirarlo da domani mattina dopo le nove."),
    ],
    "voicemail_fietsenmaker.mp3": [
        ("nl+m3", "Goedemiddag, met fietsenmaker De Vries. Uw fiets is klaar. De reparatie kost "
                  "achtendertig euro vijftig. We zijn open tot zes uur."),
    ],
    "audio_escola.aac": [
        ("pt-br+f3", "Oi, aqui é a Carla, da escola. A reunião de pais foi adiada para quinta-feira, "
                     "às sete da noite. Traga o caderno de recados."),
    ],
}


def make_images() -> list[Path]:
    return save_images(HERE, {
        "Screenshot_20251127-184455.png": rail_replacement_de,
        "horario_piscina.png": pool_timetable_es,
        # photographed text
        "IMG_3318.jpg": babysitter_note,
        "PXL_20251129_101522.jpg": paint_tin,
        "ricetta_nonna.jpg": recipe_it,
        "affiche_vide_grenier.jpg": flea_market_fr,
        # a photo without text
        "IMG_5520.jpg": cat_photo,
        # the camping album for search (two of its six photos show text: a trail signpost and a rules board)
        f"{ALBUM}/P1010231.JPG": tent_photo,
        f"{ALBUM}/P1010232.JPG": campfire_photo,
        f"{ALBUM}/P1010233.JPG": trail_sign_photo,
        f"{ALBUM}/P1010234.JPG": campsite_rules_photo,
        f"{ALBUM}/P1010235.JPG": coffee_photo,
        f"{ALBUM}/P1010236.JPG": canoe_photo,
    })


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=170, max_seconds=MAX_SECONDS), MAX_BYTES)
