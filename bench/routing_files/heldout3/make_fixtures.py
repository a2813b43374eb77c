"""Recreate the fixture files used by the third held-out routing set (bench/routing_heldout3/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout3/make_fixtures.py

The helpers (fonts, text, photo effects, espeak-ng/ffmpeg audio) are shared with the other
generators, in ../fixture_kit.py.

Everything is generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu / Liberation fonts) and really contain their text;
* the "photos" are either scikit-image's bundled sample photos (``skimage.data``: astronaut,
  chelsea the cat, coffee, rocket, Hubble deep field, the Middlebury motorcycle), resized, or
  scenes drawn with Pillow plus a little seeded noise and blur so they look less like clip art;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono, 16 kHz
  (11.025 kHz for the lossless .flac / .wav so they stay small).

Every file stays under 150 KB.  The routing set only *plans*, so the files exist to make the
requests realistic and the paths real; their content matches what the requests ask about.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/routing_files: fixture_kit
from fixture_kit import (  # noqa: E402
    draw_lines,
    font,
    gradient,
    photo_finish,
    report,
    save_images,
    skimage_photo,
    synthesize,
)

HERE = Path(__file__).resolve().parent
MAX_BYTES = 150_000


# --------------------------------------------------------------------------- images with text


def parking_ticket() -> Image.Image:
    img = Image.new("RGB", (340, 400), (255, 253, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 340, 58], fill=(170, 20, 30))
    draw_lines(img, (20, 6), ["CITY OF RIVERTON", "PARKING VIOLATION NOTICE"], font("DejaVuSans-Bold", 17), fill="white", gap=3)
    f = font("DejaVuSansMono", 13)
    y = draw_lines(
        img,
        (16, 72),
        [
            "Ticket No:  PV-558213",
            "Date: 18 Sep 2025   Time: 14:07",
            "Location:   Elm St & 5th Ave",
            "Plate:      KXD 4471",
            "Vehicle:    Blue Honda Civic",
            "Violation:  Expired meter",
        ],
        f,
        gap=7,
    )
    d.line([16, y + 4, 324, y + 4], fill=(120, 120, 120), width=1)
    y = draw_lines(img, (16, y + 14), ["FINE:  $45.00", "PAY BY:  09 Oct 2025"], font("DejaVuSansMono-Bold", 16), gap=8)
    draw_lines(
        img,
        (16, y + 8),
        ["Late fee after due date: $25.00", "Pay online: riverton.gov/parking", "Officer #217"],
        font("DejaVuSans", 12),
        gap=6,
    )
    return img


def pharmacy_label() -> Image.Image:
    img = Image.new("RGB", (380, 250), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 380, 30], fill=(20, 120, 70))
    draw_lines(img, (10, 6), ["GREENLEAF PHARMACY   (555) 014-2290"], font("DejaVuSans-Bold", 14), fill="white")
    f = font("DejaVuSans", 12)
    draw_lines(img, (12, 38), ["Rx# 0048213          Filled: 02 Oct 2025"], f)
    draw_lines(img, (12, 58), ["MARIA LOPEZ"], font("DejaVuSans-Bold", 15))
    draw_lines(img, (12, 82), ["AMOXICILLIN 500 MG CAPSULES"], font("DejaVuSans-Bold", 14))
    draw_lines(
        img,
        (12, 106),
        ["Take 1 capsule by mouth 3 times daily", "for 10 days.", "Qty: 30     Refills: 0", "Prescriber: Dr. K. Osei"],
        f,
        gap=5,
    )
    d.rectangle([10, 192, 370, 240], fill=(255, 220, 60))
    draw_lines(img, (18, 198), ["TAKE WITH FOOD.", "FINISH ALL OF THIS MEDICATION."], font("DejaVuSans-Bold", 13), gap=4)
    return img


def train_ticket() -> Image.Image:
    img = Image.new("RGB", (420, 230), (245, 247, 252))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 420, 36], fill=(25, 45, 110))
    draw_lines(img, (12, 8), ["EUROLINK RAIL   E-TICKET"], font("DejaVuSans-Bold", 16), fill="white")
    f, fb = font("DejaVuSans", 13), font("DejaVuSans-Bold", 15)
    draw_lines(img, (14, 46), ["Adult single, 2nd class"], f)
    draw_lines(img, (14, 68), ["From: Hamburg Hbf   To: Berlin Hbf"], fb)
    draw_lines(
        img,
        (14, 96),
        ["Date: 24 Oct 2025", "Departs 08:36     Arrives 10:21", "Train ICE 1007   Coach 7   Seat 54", "Price: EUR 39.90",
         "Booking ref: QX7-4RT2"],
        f,
        gap=6,
    )
    for i in range(14):  # a fake barcode block on the right
        x = 330 + i * 5
        d.rectangle([x, 100, x + (1 + i % 3), 200], fill="black")
    return img


def business_card() -> Image.Image:
    img = Image.new("RGB", (400, 230), (250, 250, 247))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 12, 230], fill=(230, 120, 30))
    draw_lines(img, (34, 26), ["Daniel Okafor"], font("DejaVuSans-Bold", 22), fill=(30, 30, 30))
    draw_lines(img, (34, 58), ["Senior Architect"], font("DejaVuSans-Oblique", 14), fill=(90, 90, 90))
    draw_lines(img, (34, 88), ["BRIGHTLINE STUDIO"], font("DejaVuSans-Bold", 14), fill=(230, 120, 30))
    draw_lines(
        img,
        (34, 124),
        ["+44 20 7946 0321", "d.okafor@brightline.studio", "14 Wharf Road, London N1 7GR"],
        font("DejaVuSans", 13),
        fill=(40, 40, 40),
        gap=8,
    )
    return img


def shopping_list() -> Image.Image:
    img = Image.new("RGB", (300, 380), (252, 250, 236))
    d = ImageDraw.Draw(img)
    for y in range(50, 380, 34):
        d.line([0, y, 300, y], fill=(170, 200, 230), width=1)
    d.line([36, 0, 36, 380], fill=(230, 150, 150), width=1)
    items = ["Shopping!", "- eggs (dozen)", "- oat milk x2", "- lemons", "- fresh basil", "- basmati rice",
             "- dish soap", "- AA batteries"]
    f_title, f = font("LiberationSerif-BoldItalic", 26), font("LiberationSerif-Italic", 23)
    y = 20
    for i, item in enumerate(items):
        layer = Image.new("RGBA", (280, 40), (0, 0, 0, 0))
        ImageDraw.Draw(layer).text((2, 4), item, fill=(25, 35, 120, 255), font=f_title if i == 0 else f)
        layer = layer.rotate((-1.5, 1.2, -0.8, 1.6, -1.1, 0.7, -1.4, 1.0)[i], resample=Image.BICUBIC)
        img.paste(layer, (44 + (i % 3) * 3, y), layer)
        y += 34 if i else 36
    return img


def slide() -> Image.Image:
    img = Image.new("RGB", (480, 270), (250, 250, 252))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 480, 56], fill=(32, 60, 110))
    draw_lines(img, (24, 14), ["Q3 2025 RESULTS"], font("DejaVuSans-Bold", 24), fill="white")
    draw_lines(
        img,
        (30, 76),
        ["\u2022 Revenue: $4.2M (+12% vs Q2)", "\u2022 New customers: 318", "\u2022 Churn: 3.1%",
         "\u2022 Next: launch in Spain (November)"],
        font("DejaVuSans", 17),
        fill=(30, 30, 30),
        gap=14,
    )
    draw_lines(img, (24, 248), ["Acme Analytics  |  Board meeting  |  slide 4"], font("DejaVuSans", 11), fill=(120, 120, 120))
    return img


def warning_it() -> Image.Image:
    img = Image.new("RGB", (320, 330), (255, 214, 0))
    d = ImageDraw.Draw(img)
    d.rectangle([6, 6, 313, 323], outline="black", width=5)
    d.polygon([(160, 22), (230, 140), (90, 140)], fill="black")
    d.polygon([(160, 40), (214, 131), (106, 131)], fill=(255, 214, 0))
    d.polygon([(166, 62), (146, 100), (160, 100), (152, 124), (176, 88), (162, 88)], fill="black")  # lightning bolt
    draw_lines(img, (70, 150), ["ATTENZIONE"], font("DejaVuSans-Bold", 26))
    draw_lines(img, (52, 188), ["ALTA TENSIONE", "PERICOLO DI MORTE"], font("DejaVuSans-Bold", 20), gap=6)
    draw_lines(img, (26, 258), ["Vietato l'accesso ai non addetti", "ai lavori"], font("DejaVuSans", 15), gap=4)
    return img


def etiqueta_es() -> Image.Image:
    img = Image.new("RGB", (300, 360), (235, 245, 255))
    d = ImageDraw.Draw(img)
    draw_lines(img, (20, 18), ["LIMPIADOR", "MULTIUSOS"], font("DejaVuSans-Bold", 26), fill=(0, 70, 150), gap=2)
    draw_lines(img, (22, 84), ["Con lejía  \u2022  750 ml"], font("DejaVuSans", 15), fill=(0, 70, 150))
    d.rectangle([18, 118, 282, 150], fill=(200, 20, 20))
    draw_lines(img, (100, 122), ["PELIGRO"], font("DejaVuSans-Bold", 20), fill="white")
    draw_lines(
        img,
        (22, 166),
        ["Mantener fuera del alcance", "de los niños.", "No mezclar con otros productos.", "Usar guantes.",
         "Provoca irritación ocular grave."],
        font("DejaVuSans", 14),
        gap=8,
    )
    return img


def chat_screenshot() -> Image.Image:
    img = Image.new("RGB", (300, 470), (236, 229, 221))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 50], fill=(7, 94, 84))
    d.ellipse([12, 10, 42, 40], fill=(200, 200, 200))
    draw_lines(img, (52, 8), ["Mom"], font("DejaVuSans-Bold", 16), fill="white")
    draw_lines(img, (52, 30), ["online"], font("DejaVuSans", 11), fill=(210, 235, 230))
    f = font("DejaVuSans", 13)
    msgs = [
        (False, ["Did you book the table", "for Sunday?"]),
        (True, ["Yes! 7:30 at Rosa's Kitchen"]),
        (False, ["Great. Can you pick up", "Grandpa at 6:45?"]),
        (True, ["Sure, no problem"]),
        (False, ["And bring the cake", "from the fridge!"]),
    ]
    y = 66
    for mine, lines in msgs:
        w = max(d.textlength(s, font=f) for s in lines) + 20
        h = len(lines) * 18 + 12
        x0 = 290 - w if mine else 10
        d.rounded_rectangle([x0, y, x0 + w, y + h], radius=8, fill=(220, 248, 198) if mine else "white")
        draw_lines(img, (int(x0) + 10, y + 6), lines, f, fill=(20, 20, 20), gap=5)
        y += h + 14
    d.rectangle([0, 430, 300, 470], fill=(245, 245, 245))
    draw_lines(img, (16, 442), ["Type a message"], f, fill=(150, 150, 150))
    return img


def recipe_card() -> Image.Image:
    img = Image.new("RGB", (360, 420), (255, 250, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([8, 8, 351, 411], outline=(200, 120, 80), width=3)
    draw_lines(img, (90, 20), ["BANANA BREAD"], font("DejaVuSerif-Bold", 24), fill=(120, 60, 20))
    draw_lines(img, (24, 60), ["Oven: 175\u00b0C, bake 60 min"], font("DejaVuSans-Bold", 14))
    draw_lines(
        img,
        (24, 92),
        ["3 ripe bananas", "75 g melted butter", "150 g brown sugar", "1 egg, beaten", "1 tsp baking soda",
         "190 g flour", "Pinch of salt"],
        font("DejaVuSerif", 15),
        gap=8,
    )
    draw_lines(
        img,
        (24, 322),
        ["Mash the bananas, stir in the rest,", "pour into a loaf tin and bake until", "a skewer comes out clean."],
        font("DejaVuSerif-Italic", 13),
        gap=5,
    )
    return img


# --------------------------------------------------------------------------- drawn photos


def street_sign_photo() -> Image.Image:
    img = gradient((320, 240), (110, 160, 225), (200, 225, 245))
    d = ImageDraw.Draw(img)
    for x, r in ((20, 55), (90, 45), (260, 60), (320, 50)):  # trees
        d.ellipse([x - r, 120 - r, x + r, 120 + r], fill=(50, 110, 50))
    d.rectangle([0, 170, 320, 240], fill=(95, 95, 100))  # road
    d.rectangle([0, 165, 320, 172], fill=(170, 170, 165))  # kerb
    d.rectangle([154, 40, 162, 200], fill=(120, 120, 125))  # pole
    d.rectangle([80, 40, 236, 76], fill=(0, 110, 60), outline="white", width=2)
    draw_lines(img, (96, 46), ["MAPLE AVE"], font("DejaVuSans-Bold", 20), fill="white")
    d.rectangle([100, 86, 218, 112], fill="black")
    d.rectangle([104, 90, 214, 108], fill="white")
    draw_lines(img, (110, 91), ["ONE WAY"], font("DejaVuSans-Bold", 13))
    d.polygon([(190, 93), (206, 99), (190, 105)], fill="black")
    return photo_finish(img, 11)


def garden_photo() -> Image.Image:
    img = gradient((320, 240), (140, 190, 240), (215, 235, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 320, 240], fill=(80, 150, 60))  # lawn
    d.rectangle([250, 40, 262, 140], fill=(100, 70, 40))  # tree trunk
    d.ellipse([200, 0, 315, 100], fill=(45, 115, 45))
    rng = np.random.default_rng(5)
    for _ in range(60):  # flower bed
        x, y = int(rng.integers(0, 200)), int(rng.integers(190, 235))
        c = [(230, 60, 80), (250, 200, 40), (200, 90, 200), (250, 250, 250)][int(rng.integers(0, 4))]
        d.ellipse([x, y, x + 7, y + 7], fill=c)
    d.rectangle([70, 140, 190, 150], fill=(150, 100, 55))  # bench seat
    d.rectangle([70, 120, 190, 128], fill=(150, 100, 55))  # backrest
    for x in (76, 180):
        d.rectangle([x, 120, x + 6, 172], fill=(90, 60, 30))
    return photo_finish(img, 12)


def beach_sunset_photo() -> Image.Image:
    img = gradient((320, 240), (250, 140, 70), (255, 210, 150))
    d = ImageDraw.Draw(img)
    d.ellipse([130, 90, 190, 150], fill=(255, 235, 120))  # sun
    d.rectangle([0, 122, 320, 185], fill=(40, 80, 130))  # sea
    for y in range(128, 180, 9):
        d.line([110, y, 210, y], fill=(250, 190, 110), width=2)  # reflection
    d.rectangle([0, 180, 320, 240], fill=(215, 185, 130))  # sand
    d.line([250, 240, 262, 150], fill=(90, 60, 40), width=6)  # palm
    for dx, dy in ((-40, -10), (40, -12), (-30, 20), (35, 18)):
        d.line([262, 150, 262 + dx, 150 + dy], fill=(40, 70, 30), width=5)
    return photo_finish(img, 13)


def harbour_photo() -> Image.Image:
    img = gradient((320, 240), (150, 200, 240), (225, 240, 250))
    d = ImageDraw.Draw(img)
    for i, c in enumerate([(230, 180, 120), (240, 220, 180), (200, 110, 90), (245, 245, 235), (220, 160, 80)]):
        d.rectangle([10 + i * 60, 60 + (i % 2) * 10, 62 + i * 60, 130], fill=c)  # houses on the quay
        d.polygon([(10 + i * 60, 60 + (i % 2) * 10), (36 + i * 60, 40), (62 + i * 60, 60 + (i % 2) * 10)], fill=(160, 70, 50))
    d.rectangle([0, 130, 320, 142], fill=(150, 150, 145))  # quay
    d.rectangle([0, 142, 320, 240], fill=(30, 90, 140))  # water
    for x, col in ((40, "white"), (140, (200, 40, 40)), (235, (250, 200, 40))):
        d.polygon([(x, 190), (x + 70, 190), (x + 58, 208), (x + 12, 208)], fill=col)  # hull
        d.line([x + 35, 190, x + 35, 130], fill=(80, 60, 40), width=3)  # mast
        d.polygon([(x + 37, 134), (x + 37, 186), (x + 66, 186)], fill=(250, 250, 245))  # sail
    return photo_finish(img, 14)


def museum_sign_photo() -> Image.Image:
    img = Image.new("RGB", (360, 270), (225, 215, 195))
    d = ImageDraw.Draw(img)
    d.polygon([(20, 60), (180, 10), (340, 60)], fill=(200, 190, 170))  # pediment
    for x in range(40, 340, 60):
        d.rectangle([x, 60, x + 22, 250], fill=(240, 235, 222))  # columns
    d.rectangle([0, 250, 360, 270], fill=(160, 150, 140))  # steps
    d.rectangle([86, 82, 274, 222], fill=(40, 40, 45))  # sign board
    d.rectangle([90, 86, 270, 218], outline=(200, 170, 90), width=2)
    draw_lines(img, (112, 96), ["MUSEO CIVICO"], font("DejaVuSerif-Bold", 18), fill=(235, 200, 110))
    draw_lines(
        img,
        (102, 128),
        ["Orario: 9:00 - 19:00", "Chiuso il lunedì", "Ingresso: 8 \u20ac", "Ridotto: 5 \u20ac"],
        font("DejaVuSans", 13),
        fill="white",
        gap=7,
    )
    return photo_finish(img, 15, noise=4.0)


def mountain_lake_photo() -> Image.Image:
    img = gradient((320, 240), (120, 170, 230), (210, 230, 250))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 140), (80, 40), (150, 120), (210, 30), (320, 140)], fill=(110, 115, 130))
    d.polygon([(66, 58), (80, 40), (94, 58)], fill="white")
    d.polygon([(194, 52), (210, 30), (226, 52)], fill="white")
    d.rectangle([0, 140, 320, 200], fill=(60, 120, 150))  # lake
    d.polygon([(0, 140), (80, 190), (150, 150), (210, 198), (320, 140)], fill=(85, 120, 145))  # reflection
    d.rectangle([0, 200, 320, 240], fill=(60, 110, 50))
    for x in range(8, 320, 36):  # pines
        d.polygon([(x, 200), (x + 10, 160), (x + 20, 200)], fill=(25, 70, 35))
    return photo_finish(img, 16)


# --------------------------------------------------------------------------- scikit-image sample photos


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.6 s of silence
SPEECH = {
    "note_to_self.m4a": [
        ("en-us", "Note to self. Renew the car insurance before Friday, and email Sarah the slides for Monday."),
    ],
    "voicemail_plumber.mp3": [
        ("en-us+m3", (
            "Hi, this is Rick from Rapid Plumbing. I can come by on Tuesday between two and four. "
            "The quote for the new water heater is one hundred and eighty dollars. "
            "Call me back on five five five, zero one nine two."
        )),
    ],
    "interview_clip.ogg": [
        ("en-gb", "So, what got you into beekeeping?"),
        ("en-us+f3", (
            "My grandmother kept bees, and I started helping her when I was twelve. Now I look after forty hives."
        )),
    ],
    "podcast_snippet.flac": [
        ("en-gb+m2", (
            "Welcome to Small Steps, the podcast about money. "
            "Today: why your emergency fund should cover three to six months of expenses."
        )),
    ],
    "sprachnachricht.m4a": [
        ("de", "Hallo Lena, hier ist Papa. Ich hole dich um halb fünf am Bahnhof ab. Vergiss deinen Schlüssel nicht."),
    ],
    "message_vocal.ogg": [
        ("fr-fr", "Salut, c'est Julien. Le dîner chez Marc est annulé. On se retrouve samedi à midi au café."),
    ],
    "mensaje_voz.wav": [("es", "Hola, soy Carmen. La reunión es el jueves a las diez.")],
    "nota_vocale.mp3": [("it", "Ciao Giulia, sono Paolo. Ho prenotato il ristorante per venerdì alle otto e mezza.")],
}


def make_images() -> list[Path]:
    text_images = {
        "parking_ticket.png": parking_ticket,
        "pharmacy_label.png": pharmacy_label,
        "train_ticket.png": train_ticket,
        "business_card.png": business_card,
        "shopping_list.png": shopping_list,
        "slide.png": slide,
        "warning_it.png": warning_it,
        "etiqueta_es.png": etiqueta_es,
        "chat_screenshot.png": chat_screenshot,
        "recipe_card.png": recipe_card,
    }
    photos = {
        "street_sign.jpg": street_sign_photo,
        "garden.jpg": garden_photo,
        "astronaut.jpg": lambda: skimage_photo("astronaut", size=(320, 320)),
        "IMG_2041.jpg": lambda: skimage_photo("chelsea", size=(360, 240)),
        "launch_pad.jpg": lambda: skimage_photo("rocket", size=(320, 213)),
        "wallpaper_space.jpg": lambda: skimage_photo("hubble_deep_field", crop=(0, 0, 600, 600), size=(300, 300)),
        "trip/DSC_0101.jpg": beach_sunset_photo,
        "trip/DSC_0102.jpg": harbour_photo,
        "trip/DSC_0103.jpg": lambda: skimage_photo("coffee", size=(300, 200)),
        "trip/DSC_0104.jpg": lambda: skimage_photo("motorcycle", size=(330, 240)),
        "trip/DSC_0105.jpg": museum_sign_photo,
        "trip/DSC_0106.jpg": mountain_lake_photo,
    }
    return save_images(HERE, text_images | photos)


if __name__ == "__main__":
    # the lossless .flac / .wav at 11.025 kHz so they stay small
    report(make_images() + synthesize(SPEECH, HERE, speed=150, pause=0.6, lossless_rate=11025), MAX_BYTES)
