"""Recreate the extra fixture files used by the held-out routing set (bench/routing_heldout/).

Run from anywhere (any python with Pillow; needs the ``espeak-ng`` and ``ffmpeg`` commands):

    python3 bench/routing_files/heldout/make_fixtures.py

The helpers (fonts, text, photo effects, espeak-ng/ffmpeg audio) are shared with the other
generators, in ../fixture_kit.py.

Everything is generated from scratch and deterministically (no downloads, no model):
images are drawn with Pillow (text-bearing images really contain their text), audio is
synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to 16 kHz mono at a low bitrate.
Every file stays well under 100 KB.  The routing set only *plans*, so the files exist to
make the requests realistic and the paths real; their content matches the requests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/routing_files: fixture_kit
from fixture_kit import (  # noqa: E402
    BOLD,
    MONO,
    MONO_BOLD,
    SANS,
    draw_lines,
    font,
    report,
    save_images,
    synthesize,
)

HERE = Path(__file__).resolve().parent
MAX_BYTES = 100_000


# --------------------------------------------------------------------------- images with text


def receipt() -> Image.Image:
    img = Image.new("RGB", (260, 340), "white")
    f, fb = font(MONO, 13), font(MONO_BOLD, 15)
    draw_lines(img, (60, 10), ["CORNER CAFE"], fb)
    draw_lines(
        img,
        (14, 40),
        [
            "12 Market St, Springfield",
            "2025-03-14  12:41",
            "-------------------------",
            "Cappuccino        3.80",
            "Cappuccino        3.80",
            "Croissant         2.50",
            "Caesar salad      9.90",
            "Sparkling water   2.20",
            "-------------------------",
            "SUBTOTAL         22.20",
            "TAX 10%           2.22",
            "TOTAL            24.42",
            "",
            "Paid: VISA **** 4821",
            "Thank you! Come again",
        ],
        f,
    )
    return img


def menu() -> Image.Image:
    img = Image.new("RGB", (300, 330), (250, 244, 228))
    ft, f = font(BOLD, 20), font(SANS, 14)
    draw_lines(img, (80, 12), ["TRATTORIA LUNA"], ft)
    draw_lines(
        img,
        (20, 55),
        [
            "STARTERS",
            "Tomato soup ............ 6.50",
            "Bruschetta ............. 7.00",
            "Green salad ............ 8.50",
            "MAINS",
            "Margherita pizza ...... 11.00",
            "Spaghetti carbonara ... 13.50",
            "Grilled salmon ........ 18.00",
            "Mushroom risotto (V) .. 14.00",
            "DESSERTS",
            "Tiramisu ............... 6.00",
            "Panna cotta ............ 5.50",
        ],
        f,
        gap=6,
    )
    return img


def error_screenshot() -> Image.Image:
    img = Image.new("RGB", (420, 170), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 420, 26], fill=(60, 90, 160))
    draw_lines(img, (8, 5), ["Backup Utility"], font(BOLD, 13), fill="white")
    d.ellipse([18, 50, 50, 82], fill=(200, 40, 40))
    draw_lines(img, (29, 54), ["!"], font(BOLD, 20), fill="white")
    draw_lines(
        img,
        (64, 44),
        [
            "Error 0x80070005: Access is denied.",
            "The backup could not be written to",
            "D:\\Backups\\2025-03.zip",
            "Check the folder permissions and retry.",
        ],
        font(SANS, 13),
    )
    d.rectangle([320, 130, 400, 156], outline=(90, 90, 90), fill=(250, 250, 250))
    draw_lines(img, (347, 135), ["OK"], font(SANS, 13))
    return img


def whiteboard() -> Image.Image:
    img = Image.new("RGB", (380, 240), (246, 248, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([4, 4, 375, 235], outline=(150, 150, 150), width=3)
    draw_lines(img, (20, 16), ["SPRINT 14 GOALS"], font(BOLD, 20), fill=(20, 60, 160))
    draw_lines(
        img,
        (24, 56),
        [
            "1. Ship login page redesign",
            "2. Fix export bug (#482)",
            "3. Write release notes",
            "Demo: Friday 10:00",
            "Owner: Priya",
        ],
        font(SANS, 16),
        fill=(30, 30, 30),
        gap=10,
    )
    return img


def poster_fr() -> Image.Image:
    img = Image.new("RGB", (300, 380), (255, 230, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([10, 10, 290, 370], outline=(180, 60, 20), width=4)
    draw_lines(img, (40, 30), ["FÊTE DE LA MUSIQUE"], font(BOLD, 18), fill=(160, 40, 10))
    draw_lines(
        img,
        (30, 80),
        [
            "Concert gratuit",
            "Samedi 21 juin",
            "Place du Marché",
            "Début : 19h30",
            "Entrée libre",
        ],
        font(SANS, 17),
        gap=12,
    )
    return img


def sign_de() -> Image.Image:
    img = Image.new("RGB", (280, 120), (0, 90, 170))
    d = ImageDraw.Draw(img)
    d.rectangle([6, 6, 273, 113], outline="white", width=4)
    draw_lines(img, (28, 26), ["AUSFAHRT", "FREIHALTEN"], font(BOLD, 26), fill="white", gap=6)
    return img


def wifi_note() -> Image.Image:
    img = Image.new("RGB", (260, 140), (255, 250, 170))
    draw_lines(
        img,
        (18, 22),
        ["Guest Wi-Fi", "Network: Villa_Sol", "Password: sunset2025"],
        font(SANS, 17),
        fill=(40, 40, 120),
        gap=12,
    )
    return img


def bus_timetable() -> Image.Image:
    img = Image.new("RGB", (260, 220), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 260, 34], fill=(0, 120, 60))
    draw_lines(img, (12, 7), ["LINE 42  Central Station"], font(BOLD, 15), fill="white")
    draw_lines(
        img,
        (20, 46),
        ["Mon-Fri", "06:15  06:45  07:15", "07:45  08:15  08:45", "Sat-Sun", "08:00  09:00  10:00"],
        font(MONO, 15),
        gap=10,
    )
    return img


# --------------------------------------------------------------------------- photos (no text)


def dog_photo() -> Image.Image:
    img = Image.new("RGB", (200, 150), (140, 200, 120))  # grass
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 200, 55], fill=(150, 200, 250))  # sky
    d.ellipse([60, 70, 140, 110], fill=(150, 100, 50))  # body
    d.ellipse([125, 50, 160, 85], fill=(150, 100, 50))  # head
    d.ellipse([150, 52, 162, 70], fill=(90, 60, 30))  # ear
    for x in (70, 85, 115, 128):  # legs
        d.rectangle([x, 100, x + 7, 128], fill=(130, 85, 40))
    d.line([62, 82, 40, 66], fill=(130, 85, 40), width=5)  # tail
    d.ellipse([20, 115, 36, 131], fill=(230, 60, 60))  # ball
    return img


def cat_photo() -> Image.Image:
    img = Image.new("RGB", (200, 150), (210, 190, 170))  # wall
    d = ImageDraw.Draw(img)
    d.rectangle([0, 105, 200, 150], fill=(120, 80, 60))  # sofa
    d.ellipse([60, 70, 140, 115], fill=(90, 90, 90))  # body
    d.ellipse([115, 50, 150, 85], fill=(90, 90, 90))  # head
    d.polygon([(118, 58), (122, 40), (130, 54)], fill=(90, 90, 90))  # ears
    d.polygon([(135, 54), (145, 40), (148, 60)], fill=(90, 90, 90))
    d.ellipse([124, 62, 129, 67], fill=(120, 200, 90))
    d.ellipse([137, 62, 142, 67], fill=(120, 200, 90))
    return img


def mountain_photo() -> Image.Image:
    img = Image.new("RGB", (200, 150), (170, 210, 245))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 130), (70, 40), (120, 110), (150, 60), (200, 130)], fill=(110, 110, 120))
    d.polygon([(58, 55), (70, 40), (82, 55)], fill="white")
    d.polygon([(142, 70), (150, 60), (158, 70)], fill="white")
    d.rectangle([0, 125, 200, 150], fill=(60, 130, 60))
    return img


def birthday_photo() -> Image.Image:
    img = Image.new("RGB", (200, 150), (250, 235, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 110, 200, 150], fill=(200, 160, 120))  # table
    d.rectangle([60, 70, 140, 112], fill=(250, 250, 250), outline=(230, 120, 160), width=3)  # cake
    for x in (75, 95, 115):  # candles
        d.rectangle([x, 52, x + 5, 70], fill=(120, 170, 240))
        d.ellipse([x - 1, 44, x + 6, 53], fill=(255, 200, 0))
    d.ellipse([10, 10, 40, 45], fill=(230, 60, 60))  # balloons
    d.ellipse([160, 15, 190, 50], fill=(60, 120, 230))
    return img


def street_photo() -> Image.Image:
    img = Image.new("RGB", (220, 150), (180, 200, 220))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 100, 220, 150], fill=(80, 80, 80))  # road
    d.rectangle([10, 30, 70, 100], fill=(190, 140, 110))  # houses
    d.rectangle([150, 20, 210, 100], fill=(160, 160, 190))
    d.rectangle([80, 95, 140, 120], fill=(220, 30, 30))  # red car
    d.ellipse([88, 112, 102, 126], fill="black")
    d.ellipse([118, 112, 132, 126], fill="black")
    return img


# --------------------------------------------------------------------------- audio

SPEECH = {
    # name: [(espeak voice, text)]
    "voice_note.ogg": [("en-us", "Hey, it's Tom. I'm running ten minutes late, start without me.")],
    "lecture.m4a": [("en-us", "Today we will look at photosynthesis and how plants store energy.")],
    "nachricht_de.ogg": [("de", "Hallo, hier ist Jonas. Das Treffen ist morgen um neun Uhr.")],
    "message_fr.m4a": [("fr", "Bonjour, c'est Claire. Je serai à la gare à dix-huit heures.")],
    "nota_es.mp3": [("es", "Hola, soy Lucía. No olvides comprar pan y leche.")],
    "messaggio_it.ogg": [("it", "Ciao, sono Marco. Ci vediamo domani alle otto.")],
}


def make_images() -> list[Path]:
    text_images = {
        "receipt.png": receipt,
        "menu.png": menu,
        "error_screenshot.png": error_screenshot,
        "whiteboard.png": whiteboard,
        "poster_fr.png": poster_fr,
        "sign_de.png": sign_de,
        "wifi_note.png": wifi_note,
        "bus_timetable.png": bus_timetable,
    }
    photos = {
        "dog.jpg": dog_photo,
        "street.jpg": street_photo,
        "album/cat.jpg": cat_photo,
        "album/mountain.jpg": mountain_photo,
        "album/birthday.jpg": birthday_photo,
        "album/dog_park.jpg": dog_photo,
    }
    return save_images(HERE, text_images | photos, quality=85)


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=150), MAX_BYTES)
