"""Recreate the fixture files used by the eighth held-out routing set (bench/routing_heldout8/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg fonts-liberation``):

    .venv/bin/python bench/routing_files/heldout8/make_fixtures.py

Adapted from bench/routing_files/heldout7/make_fixtures.py (same helpers, now shared in ../fixture_kit.py).
Everything is generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg``/``.jpeg``/``.JPG`` ones are "photographed" (slight rotation, blur, seeded noise);
* the photos are scikit-image's bundled sample photo ``astronaut`` (cropped), or scenes drawn with
  Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for .wav/.flac), in several containers (.opus, .mp3, .m4a, .ogg, .webm, .flac, .wav, .aac),
  each clip under 13 s.

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
    MONO,
    MONO_BOLD,
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
ALBUM = "wien_advent"


# --------------------------------------------------------------------------- images with text


def no_stopping_sign() -> Image.Image:  # IMG_4471.jpg (a street sign on a pole, photographed)
    img = gradient((300, 380), (170, 190, 210), (140, 140, 135))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 300, 300, 380], fill=(95, 95, 100))  # pavement
    d.rectangle([144, 40, 156, 380], fill=(120, 125, 130))  # pole
    d.rectangle([50, 30, 250, 290], fill="white", outline=(200, 20, 30), width=6)
    d.ellipse([122, 42, 178, 98], fill=(20, 60, 160), outline=(200, 20, 30), width=6)
    d.line([130, 50, 170, 90], fill=(200, 20, 30), width=6)
    d.line([170, 50, 130, 90], fill=(200, 20, 30), width=6)
    draw_lines(img, (70, 108), ["NO STOPPING"], font(BOLD, 20), fill=(200, 20, 30))
    draw_lines(img, (66, 140), ["Mon - Fri", "7 - 9:30 am", "4 - 6:30 pm", "", "Permit holders", "Zone B excepted",
                                "TOW-AWAY ZONE"], font(BOLD, 14), fill=(20, 20, 20), gap=3)
    return photo_finish(img, 801, noise=5.0)


def backup_error_screenshot() -> Image.Image:  # Screenshot_20251201-220314.png (a phone screenshot)
    img = Image.new("RGB", (300, 520), (250, 250, 252))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(20, 20, 20))
    draw_lines(img, (10, 4), ["22:03", "14%"], font(SANS, 11), fill="white")
    draw_lines(img, (16, 40), ["Settings  >  Backup"], font(BOLD, 15), fill=(40, 40, 40))
    d.rounded_rectangle([18, 130, 282, 380], radius=14, fill="white", outline=(200, 200, 205), width=2)
    draw_lines(img, (34, 146), ["Backup failed"], font(BOLD, 17), fill=(190, 30, 30))
    draw_lines(img, (34, 180), ["Your cloud storage is almost", "full: 14.6 GB of 15 GB used.", "",
                                "Photos and videos from the", "last 12 days were not backed", "up.", "",
                                "Free up space or upgrade to", "100 GB for 1.99 / month."], font(SANS, 13), gap=4)
    draw_lines(img, (44, 344), ["MANAGE STORAGE        LATER"], font(BOLD, 12), fill=(20, 90, 200))
    return img


def kassenbon() -> Image.Image:  # IMG_20251130_184403.jpg (a German supermarket receipt, photographed)
    doc = Image.new("RGB", (230, 400), (252, 252, 248))
    f = font(MONO, 12)
    draw_lines(doc, (14, 10), ["   FRISCHMARKT KOCH", " Lindenstr. 12, Bonn", ""], font(MONO_BOLD, 12), gap=3)
    draw_lines(doc, (14, 62), ["Vollmilch 1,5%      1,19", "Bananen 1,2kg       1,55", "Roggenbrot          2,89",
                               "Gouda jung          3,49", "Eier Bio 10er       3,99", "Kaffee gemahlen     6,99",
                               "Spülmittel          1,45", "Pfand              -2,08", "--------------------------",
                               "SUMME EUR          19,47", "", "Gegeben EC-Karte   19,47", "", "30.11.2025  18:43",
                               "Bon-Nr. 4471  Kasse 2", "", " Vielen Dank für", " Ihren Einkauf!"], f, gap=4)
    return photographed(doc, 802, angle=1.8, bg=(90, 75, 65), pad=22)


def bakery_board_fr() -> Image.Image:  # PXL_20251201_081210.jpg (a bakery's chalkboard, photographed)
    img = Image.new("RGB", (320, 360), (120, 90, 60))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 16, 300, 344], fill=(35, 45, 40), outline=(150, 110, 70), width=8)
    chalk = (235, 235, 225)
    draw_lines(img, (40, 34), ["Boulangerie du Marché"], font(HAND_BOLD, 20), fill=chalk)
    draw_lines(img, (40, 78), ["Baguette tradition  1,30 €", "Croissant  1,20 €", "Pain aux raisins  1,60 €",
                               "Galette des rois  18 €", "  (6 parts, sur commande)", "", "Fermé le lundi",
                               "Ouvert dim. 7 h - 13 h"], font(HAND, 16), fill=chalk, gap=7)
    return photo_finish(img, 803, noise=6.0, blur=0.7)


def ibuprofen_box_es() -> Image.Image:  # "WhatsApp Image 2025-12-01 at 13.05.22.jpeg" (a medicine box, photographed)
    doc = Image.new("RGB", (300, 230), "white")
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 44], fill=(230, 120, 20))
    draw_lines(doc, (14, 10), ["IBUPROFENO 400 mg"], font(BOLD, 18), fill="white")
    draw_lines(doc, (14, 56), ["20 comprimidos recubiertos", "", "Adultos: 1 comprimido cada 8 horas,",
                               "con comida. No tomar más de 3", "comprimidos al día.", "No usar más de 5 días sin",
                               "consultar al médico.", "CAD: 09/2027   LOTE: B4471"], font(SANS, 12), gap=4)
    d.line([0, 46, 300, 46], fill=(200, 100, 10), width=2)
    return photographed(doc, 804, angle=-3.0, bg=(200, 190, 175), pad=26)


def condo_notice_it() -> Image.Image:  # avviso_condominio.png
    img = Image.new("RGB", (360, 330), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 360, 46], fill=(30, 70, 120))
    draw_lines(img, (16, 12), ["CONDOMINIO VIA MAZZINI 18"], font(BOLD, 16), fill="white")
    draw_lines(img, (16, 60), ["AVVISO AI CONDOMINI"], font(BOLD, 15), fill=(30, 70, 120))
    draw_lines(img, (16, 92), ["Giovedì 11 dicembre l'ascensore", "resterà fermo dalle 9 alle 13", "per la revisione annuale.", "",
                               "Sabato 13 dicembre: raccolta", "firme per l'albero di Natale", "nell'androne.", "",
                               "L'amministratore, rag. Bellini"], font(SANS, 14), gap=5)
    return img


# --------------------------------------------------------------------------- photos


def astronaut_photo() -> Image.Image:  # IMG_4470.jpg (an astronaut in an orange suit, flag and shuttle model behind)
    return skimage_photo("astronaut", crop=(0, 0, 512, 400), size=(384, 300))


def bicycle_photo() -> Image.Image:  # PXL_20251130_142207.jpg (a red bicycle leaning against a blue door)
    img = Image.new("RGB", (360, 260), (225, 215, 195))  # plaster wall
    d = ImageDraw.Draw(img)
    d.rectangle([200, 20, 300, 220], fill=(40, 80, 160))  # blue door
    d.ellipse([282, 120, 290, 128], fill=(210, 180, 60))  # door knob
    d.rectangle([0, 220, 360, 260], fill=(150, 145, 140))  # pavement
    for cx in (90, 210):
        d.ellipse([cx - 40, 150, cx + 40, 230], outline=(30, 30, 30), width=5)
    red = (200, 30, 30)
    d.line([90, 190, 140, 140, 195, 140, 210, 190], fill=red, width=6)
    d.line([140, 140, 150, 190, 90, 190], fill=red, width=6)
    d.line([150, 190, 195, 140], fill=red, width=6)
    d.line([140, 140, 132, 124], fill=red, width=5)
    d.rectangle([122, 118, 146, 124], fill=(20, 20, 20))  # saddle
    d.line([195, 140, 190, 120, 205, 118], fill=(60, 60, 60), width=4)  # handlebar
    d.rectangle([60, 125, 110, 150], fill=(160, 120, 70))  # wicker basket on the rack
    return photo_finish(img, 811)


def market_stall_photo() -> Image.Image:  # DSCN0401.JPG (a Christmas market stall with lights at night)
    img = Image.new("RGB", (360, 240), (15, 18, 40))
    d = ImageDraw.Draw(img)
    d.polygon([(60, 90), (180, 40), (300, 90)], fill=(120, 70, 40))  # roof
    d.rectangle([70, 90, 290, 200], fill=(150, 95, 55))
    d.rectangle([90, 110, 270, 170], fill=(250, 210, 120))  # lit counter
    for x in range(70, 300, 14):
        d.ellipse([x, 86, x + 6, 92], fill=(255, 230, 140))  # fairy lights
    for x in (110, 150, 190, 230):
        d.ellipse([x, 130, x + 22, 152], fill=(180, 40, 40))  # red baubles
    d.rectangle([0, 200, 360, 240], fill=(60, 60, 70))
    return photo_finish(img, 821, blur=1.0)


def tram_photo() -> Image.Image:  # DSCN0402.JPG (a red tram on a snowy street)
    img = gradient((360, 240), (200, 205, 215), (235, 238, 242))
    d = ImageDraw.Draw(img)
    for x, h in ((0, 90), (70, 120), (280, 100)):
        d.rectangle([x, 160 - h, x + 70, 170], fill=(170, 160, 150))
    d.rectangle([0, 170, 360, 240], fill=(245, 245, 250))  # snow
    d.line([0, 205, 360, 205], fill=(120, 120, 130), width=2)
    d.rectangle([90, 120, 290, 200], fill=(200, 30, 35))  # tram
    for x in range(100, 280, 30):
        d.rectangle([x, 130, x + 22, 160], fill=(220, 230, 240))
    d.line([190, 120, 200, 60], fill=(40, 40, 40), width=2)  # pantograph
    d.line([0, 60, 360, 58], fill=(40, 40, 40), width=1)
    return photo_finish(img, 822)


def mulled_wine_photo() -> Image.Image:  # DSCN0403.JPG (a mug of mulled wine held in gloved hands)
    img = gradient((360, 240), (60, 40, 50), (30, 25, 30))
    d = ImageDraw.Draw(img)
    d.rectangle([130, 80, 230, 200], fill=(240, 235, 225))  # white mug
    d.ellipse([130, 68, 230, 92], fill=(120, 20, 35))  # the wine
    d.arc([215, 110, 265, 170], start=-90, end=90, fill=(240, 235, 225), width=10)
    d.ellipse([80, 150, 150, 215], fill=(40, 90, 60))  # green gloves
    d.ellipse([210, 150, 280, 215], fill=(40, 90, 60))
    d.ellipse([150, 60, 158, 68], fill=(230, 140, 40))  # orange slice
    return photo_finish(img, 823)


def drinks_board_photo() -> Image.Image:  # DSCN0404.JPG (a market stall's price board)
    img = Image.new("RGB", (340, 280), (20, 20, 35))
    d = ImageDraw.Draw(img)
    d.rectangle([30, 20, 310, 250], fill=(110, 70, 40), outline=(70, 45, 25), width=6)
    draw_lines(img, (50, 34), ["Hütte 17  -  Heiße Getränke"], font(BOLD, 15), fill=(255, 230, 150))
    draw_lines(img, (50, 72), ["Glühwein rot        5,50 \u20ac", "Glühwein weiß       5,50 \u20ac",
                               "Orangenpunsch       5,00 \u20ac", "Kinderpunsch        4,00 \u20ac",
                               "Heiße Schokolade    4,50 \u20ac", "", "Häferlpfand         4,00 \u20ac"],
               font(MONO_BOLD, 13), fill=(250, 245, 230), gap=6)
    return photo_finish(img, 824, noise=5.0)


def snowman_photo() -> Image.Image:  # DSCN0405.JPG (a snowman in a park)
    img = gradient((360, 240), (180, 195, 215), (225, 230, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 170, 360, 240], fill=(248, 248, 252))
    for x in (30, 300):
        d.rectangle([x, 70, x + 12, 175], fill=(80, 60, 45))  # bare trees
    d.ellipse([140, 140, 220, 215], fill=(250, 250, 252), outline=(200, 200, 210))
    d.ellipse([155, 95, 205, 145], fill=(250, 250, 252), outline=(200, 200, 210))
    d.ellipse([163, 62, 197, 96], fill=(250, 250, 252), outline=(200, 200, 210))
    d.polygon([(180, 78), (200, 82), (180, 84)], fill=(240, 120, 20))  # carrot nose
    d.rectangle([160, 92, 200, 100], fill=(30, 110, 60))  # green scarf
    d.rectangle([166, 44, 194, 64], fill=(20, 20, 20))  # black hat
    return photo_finish(img, 825)


def ubahn_sign_photo() -> Image.Image:  # DSCN0406.JPG (an underground station sign)
    img = gradient((360, 240), (90, 90, 95), (60, 60, 65))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 40, 340, 150], fill=(245, 245, 245), outline=(30, 30, 30), width=3)
    d.rectangle([34, 56, 74, 96], fill=(220, 30, 40))
    draw_lines(img, (42, 64), ["U1"], font(BOLD, 18), fill="white")
    d.rectangle([80, 56, 120, 96], fill=(240, 130, 0))
    draw_lines(img, (88, 64), ["U3"], font(BOLD, 18), fill="white")
    draw_lines(img, (132, 62), ["Stephansplatz"], font(BOLD, 22), fill=(20, 20, 20))
    draw_lines(img, (34, 110), ["Ausgang Graben  \u2192   Aufzug  \u2190"], font(SANS, 14), fill=(20, 20, 20))
    d.rectangle([0, 190, 360, 240], fill=(120, 115, 110))
    return photo_finish(img, 826, noise=5.0)


def ice_rink_photo() -> Image.Image:  # DSCN0407.JPG (skaters on an outdoor ice rink at dusk)
    img = gradient((360, 240), (40, 50, 100), (90, 80, 120))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 140, 360, 240], fill=(200, 220, 235))  # ice
    d.rectangle([0, 130, 360, 142], fill=(120, 60, 40))  # boards
    rng = np.random.default_rng(827)
    for _ in range(9):
        x, y = int(rng.integers(20, 340)), int(rng.integers(150, 210))
        c = tuple(int(v) for v in rng.integers(40, 230, 3))
        d.rectangle([x - 5, y - 26, x + 5, y], fill=c)  # body
        d.ellipse([x - 5, y - 38, x + 5, y - 28], fill=(230, 190, 160))  # head
    for x in range(0, 360, 24):
        d.ellipse([x, 40, x + 8, 48], fill=(255, 240, 170))  # string of lights
    return photo_finish(img, 827, blur=0.9)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "PTT-20251203-WA0014.opus": [
        ("en-gb+f3", "Hiya, it's Priya. Dinner's moved to Saturday at seven, not Friday. Can you bring a dessert? "
                     "And it's flat fourteen B, the buzzer's broken so just ring me."),
    ],
    "REC20251202-093015.mp3": [
        ("en-us+f2", "Hello, this is Riverside Dental calling to remind you of your appointment on Tuesday, "
                     "December ninth, at two fifteen with Doctor Okafor. Please arrive ten minutes early."),
    ],
    "Neue Aufnahme 5.m4a": [
        ("de+f3", "Hallo, hier ist Tante Ingrid. Mein Geburtstag feiern wir am Sonntag um drei Uhr im Café Lindner. "
                  "Bring bitte die alten Fotos mit."),
    ],
    "vocale_zia.ogg": [
        ("it+f3", "Ciao tesoro, sono la zia Paola. Il treno arriva alle diciotto e quaranta a Bologna Centrale, "
                  "binario cinque. Mi vieni a prendere?"),
    ],
    "note_vocale_0212.webm": [
        ("fr-fr+m3", "Bonjour, ici le syndic. L'eau sera coupée jeudi de neuf heures à treize heures "
                     "pour des travaux sur les canalisations. Merci de votre compréhension."),
    ],
    "grabacion_03.flac": [
        ("es+m3", "El examen es el lunes y entran los temas cuatro y cinco."),
        ("es+f2", "¿Podemos usar calculadora?"),
        ("es+m3", "Sí, pero no el móvil."),
    ],
    "opname_003.wav": [
        ("nl+f2", "Goedemiddag, met de dierenarts. Uw kat Pip is goed wakker geworden. "
                  "U kunt haar na vier uur ophalen. De hechtingen gaan er over tien dagen uit."),
    ],
    "audio_tia_lucia.aac": [
        ("pt-br+f4", "Oi, querida, é a tia Lúcia. A festa é no sábado às oito da noite. "
                     "Não esquece de trazer o violão!"),
    ],
}


def make_images() -> list[Path]:
    return save_images(HERE, {
        "Screenshot_20251201-220314.png": backup_error_screenshot,
        "avviso_condominio.png": condo_notice_it,
        # photographed text
        "IMG_4471.jpg": no_stopping_sign,
        "IMG_20251130_184403.jpg": kassenbon,
        "PXL_20251201_081210.jpg": bakery_board_fr,
        "WhatsApp Image 2025-12-01 at 13.05.22.jpeg": ibuprofen_box_es,
        # photos without text
        "IMG_4470.jpg": astronaut_photo,
        "PXL_20251130_142207.jpg": bicycle_photo,
        # the Vienna album for search (two of its seven photos show text: a price board and a station sign)
        f"{ALBUM}/DSCN0401.JPG": market_stall_photo,
        f"{ALBUM}/DSCN0402.JPG": tram_photo,
        f"{ALBUM}/DSCN0403.JPG": mulled_wine_photo,
        f"{ALBUM}/DSCN0404.JPG": drinks_board_photo,
        f"{ALBUM}/DSCN0405.JPG": snowman_photo,
        f"{ALBUM}/DSCN0406.JPG": ubahn_sign_photo,
        f"{ALBUM}/DSCN0407.JPG": ice_rink_photo,
    })


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=170, max_seconds=MAX_SECONDS), MAX_BYTES)
