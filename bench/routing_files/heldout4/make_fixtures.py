"""Recreate the fixture files used by the fourth held-out routing set (bench/routing_heldout4/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout4/make_fixtures.py

The helpers (fonts, text, photo effects, espeak-ng/ffmpeg audio) are shared with the other
generators, in ../fixture_kit.py.

Everything is generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu / Liberation fonts) and really contain their text;
  the ``.jpg`` ones are "photographed" (slight rotation, blur and seeded noise);
* the photos are scikit-image's bundled sample photos (``skimage.data``: camera, chelsea, coffee,
  coins, clock, moon, immunohistochemistry), cropped and/or recoloured, or scenes drawn with
  Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for the lossless .flac / .wav so they stay small), each clip under 10 s.

Every file stays under 200 KB.  The routing set only *plans*, so the files exist to make the
requests realistic and the paths real; their content matches what the requests ask about.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/routing_files: fixture_kit
from fixture_kit import (  # noqa: E402
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

HERE = Path(__file__).resolve().parent
MAX_BYTES = 200_000
MAX_SECONDS = 10.0
ALBUM = "porto_weekend"
WARM = (1.08, 1.0, 0.88)  # channel gains for a warmer photo


# --------------------------------------------------------------------------- images with text


def electricity_bill() -> Image.Image:  # scan0004.png
    img = Image.new("RGB", (400, 440), "white")
    d = ImageDraw.Draw(img)
    draw_lines(img, (20, 18), ["NORTHWIND ENERGY"], font("DejaVuSans-Bold", 20), fill=(20, 90, 60))
    draw_lines(img, (20, 46), ["PO Box 4410, Leeds LS1 9QQ"], font("DejaVuSans", 11), fill=(90, 90, 90))
    d.line([20, 68, 380, 68], fill=(20, 90, 60), width=2)
    f = font("DejaVuSans", 13)
    draw_lines(
        img,
        (20, 80),
        ["Electricity bill", "Customer: Mr J. Whitaker", "Account no: 77120-443", "Billing period: 01 Aug - 31 Aug 2025",
         "Meter reading: 48 213 kWh (actual)", "Usage this period: 312 kWh", "Unit rate: 24.5p/kWh",
         "Standing charge: 31 days x 53.2p"],
        f,
        gap=7,
    )
    d.rectangle([20, 300, 380, 360], fill=(235, 245, 238), outline=(20, 90, 60))
    draw_lines(img, (34, 308), ["AMOUNT DUE: \u00a392.93", "Due date: 22 Sep 2025"], font("DejaVuSans-Bold", 16), gap=6)
    draw_lines(img, (20, 378), ["Paying by Direct Debit? No action needed.", "Questions: 0800 014 7720"],
               font("DejaVuSans", 11), fill=(90, 90, 90), gap=5)
    return img.convert("L").filter(ImageFilter.GaussianBlur(0.4))  # a greyscale flatbed scan


def boarding_pass() -> Image.Image:  # download (3).png
    img = Image.new("RGB", (460, 210), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 460, 40], fill=(0, 120, 180))
    draw_lines(img, (14, 9), ["SKYWARD AIR    BOARDING PASS"], font("DejaVuSans-Bold", 17), fill="white")
    f, fb = font("DejaVuSans", 12), font("DejaVuSans-Bold", 18)
    draw_lines(img, (16, 50), ["PASSENGER", "OLIVEIRA/INES MS"], f, gap=3)
    draw_lines(img, (16, 92), ["LIS  \u2192  AMS"], fb)
    draw_lines(img, (16, 124), ["Lisbon to Amsterdam", "Flight SW 482    12 NOV 2025", "Gate B17   Boarding 06:55   Seat 23F",
                                "Gate closes 20 min before departure"], f, gap=5)
    for i in range(22):
        x = 350 + i * 4
        d.rectangle([x, 60, x + (i * 7) % 3, 180], fill="black")
    return img


def router_sticker() -> Image.Image:
    img = Image.new("RGB", (340, 200), (240, 240, 240))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([6, 6, 334, 194], radius=10, outline=(60, 60, 60), width=2)
    draw_lines(img, (18, 16), ["HomeHub 6  |  Model HH6-AX"], font("DejaVuSans-Bold", 14))
    f = font("DejaVuSansMono", 13)
    draw_lines(img, (18, 46), ["Wi-Fi name (SSID): Casa-7F3A", "Wi-Fi key: kq4T-88mz-Lp2e", "Admin: http://192.168.1.254",
                               "Admin password: 93PRXNVD", "S/N: +HH6A2250917441"], f, gap=9)
    for i in range(30):
        x = 18 + i * 3
        d.rectangle([x, 172, x + i % 2, 188], fill="black")
    return img


def metro_ticket() -> Image.Image:  # boleto_metro.png
    img = Image.new("RGB", (380, 170), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 380, 36], fill=(200, 16, 46))
    draw_lines(img, (14, 8), ["METRO DE MADRID"], font("DejaVuSans-Bold", 17), fill="white")
    f = font("DejaVuSans", 13)
    draw_lines(img, (16, 46), ["BILLETE SENCILLO  -  ZONA A", "Precio: 1,50 \u20ac", "Válido: 14/10/2025", "Estación: Sol  08:12",
                               "Conserve el billete hasta la salida"], f, gap=6)
    d.rectangle([0, 150, 380, 170], fill=(30, 30, 30))
    return img


def painter_invoice() -> Image.Image:  # Rechnung_Maler.png
    img = Image.new("RGB", (420, 420), "white")
    d = ImageDraw.Draw(img)
    draw_lines(img, (20, 16), ["Malerbetrieb Krause GmbH"], font("DejaVuSans-Bold", 18))
    draw_lines(img, (20, 42), ["Lindenstraße 12, 04109 Leipzig"], font("DejaVuSans", 11), fill=(90, 90, 90))
    draw_lines(img, (20, 74), ["RECHNUNG Nr. 2025-117", "Datum: 28.10.2025"], font("DejaVuSans-Bold", 14), gap=5)
    f = font("DejaVuSansMono", 12)
    y = draw_lines(img, (20, 126), ["Wandanstrich Wohnzimmer   640,00 \u20ac", "Decke Flur spachteln      280,00 \u20ac",
                                    "Material                  130,00 \u20ac", "--------------------------------",
                                    "Netto                   1.050,00 \u20ac", "MwSt. 19 %                199,50 \u20ac"], f, gap=6)
    d.line([20, y + 2, 400, y + 2], fill="black")
    draw_lines(img, (20, y + 10), ["Gesamtbetrag: 1.249,50 \u20ac"], font("DejaVuSans-Bold", 16))
    draw_lines(img, (20, y + 44), ["Zahlbar bis 15.11.2025 ohne Abzug.", "IBAN: DE44 8605 5592 1090 2265 47",
                                   "Sparkasse Leipzig"], font("DejaVuSans", 12), gap=5)
    return img


def prescription_fr() -> Image.Image:  # ordonnance.png
    img = Image.new("RGB", (380, 400), (252, 252, 255))
    d = ImageDraw.Draw(img)
    draw_lines(img, (20, 16), ["Dr Hélène MARCHAND"], font("DejaVuSerif-Bold", 17))
    draw_lines(img, (20, 40), ["Médecin généraliste", "8 rue des Tanneurs, 69002 Lyon", "Tél. 04 78 42 19 06"],
               font("DejaVuSerif", 11), fill=(70, 70, 70), gap=3)
    d.line([20, 96, 360, 96], fill=(70, 70, 70))
    draw_lines(img, (220, 106), ["Lyon, le 6 octobre 2025"], font("DejaVuSerif-Italic", 11))
    draw_lines(img, (20, 130), ["Mme Camille ROUSSEAU"], font("DejaVuSerif-Bold", 13))
    draw_lines(img, (20, 162), ["Paracétamol 1 g : 1 comprimé 3 fois par jour", "pendant 5 jours.", "",
                                "Ibuprofène 400 mg : 1 comprimé en cas de", "douleur, au cours d'un repas, max 3/jour.", "",
                                "Sérum physiologique : lavage de nez matin", "et soir."], font("LiberationSerif-Italic", 14), gap=4)
    draw_lines(img, (230, 350), ["Dr H. Marchand"], font("LiberationSerif-BoldItalic", 15), fill=(20, 30, 110))
    return img


def receipt_it() -> Image.Image:  # scontrino.jpg
    doc = Image.new("RGB", (230, 330), (250, 249, 244))
    f, fb = font("DejaVuSansMono", 12), font("DejaVuSansMono-Bold", 13)
    draw_lines(doc, (22, 12), ["BAR PASTICCERIA DORIA"], fb)
    draw_lines(doc, (40, 32), ["Via Garibaldi 41, Torino", "P.IVA 08812340011"], font("DejaVuSansMono", 10), gap=2)
    draw_lines(doc, (12, 70), ["2 x CAPPUCCINO     3,00", "2 x CORNETTO       2,60", "1 x SPREMUTA       3,50",
                               "1 x ACQUA NAT.     1,00", "------------------------", "TOTALE EURO       10,10",
                               "CONTANTI          20,00", "RESTO              9,90", "", "11-10-2025  09:47", "DOC. N. 0231-0077",
                               "GRAZIE E ARRIVEDERCI"], f, gap=6)
    return photographed(doc, 41, angle=3.5, bg=(95, 70, 50))


def delivery_screenshot() -> Image.Image:  # Screenshot_20251002-091422.png
    img = Image.new("RGB", (300, 520), (245, 245, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 24], fill=(20, 20, 20))
    draw_lines(img, (10, 5), ["09:14"], font("DejaVuSans", 11), fill="white")
    draw_lines(img, (230, 5), ["5G  78%"], font("DejaVuSans", 11), fill="white")
    d.rounded_rectangle([12, 40, 288, 230], radius=14, fill="white", outline=(220, 220, 220))
    draw_lines(img, (26, 52), ["ParcelGo"], font("DejaVuSans-Bold", 15), fill=(230, 90, 20))
    draw_lines(img, (26, 80), ["Your parcel 4X-99812 from", "Homewares Direct will arrive", "Thu 9 Oct between 13:00 and",
                               "15:00. Not home? It goes to", "Locker 112, Station Rd.", "Locker code: 7741"],
               font("DejaVuSans", 13), gap=7)
    d.rounded_rectangle([12, 250, 288, 330], radius=14, fill="white", outline=(220, 220, 220))
    draw_lines(img, (26, 262), ["Calendar", "Dentist - Mon 13 Oct, 9:15"], font("DejaVuSans", 13), gap=8)
    return img


def sticky_note() -> Image.Image:  # sticky_note.jpg
    doc = Image.new("RGB", (240, 230), (255, 236, 110))
    f = font("LiberationSerif-Italic", 22)
    for i, line in enumerate(["Call vet re: Biscuit's", "vaccines - WED", "before 5pm!!", "555-0143", "(ask about the", "flea stuff too)"]):
        layer = Image.new("RGBA", (230, 34), (0, 0, 0, 0))
        ImageDraw.Draw(layer).text((2, 2), line, fill=(20, 30, 90, 255), font=f)
        layer = layer.rotate((-1.2, 0.8, -0.5, 1.4, -0.9, 0.6)[i], resample=Image.BICUBIC)
        doc.paste(layer, (10 + (i % 2) * 4, 12 + i * 34), layer)
    return photographed(doc, 42, angle=-4.0, bg=(225, 225, 228), pad=30)


def nutrition_label() -> Image.Image:
    img = Image.new("RGB", (260, 380), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([6, 6, 253, 373], outline="black", width=2)
    draw_lines(img, (14, 12), ["Nutrition Facts"], font("DejaVuSans-Bold", 22))
    draw_lines(img, (14, 44), ["Serving size 30 g (about 3/4 cup)", "Servings per container 12"], font("DejaVuSans", 11), gap=3)
    d.rectangle([14, 80, 246, 88], fill="black")
    draw_lines(img, (14, 94), ["Calories        120"], font("DejaVuSans-Bold", 18))
    f = font("DejaVuSans", 12)
    draw_lines(img, (14, 128), ["Total Fat 2 g", "  Saturated Fat 0.5 g", "Sodium 140 mg", "Total Carbohydrate 24 g",
                                "  Dietary Fiber 3 g", "  Total Sugars 9 g", "Protein 3 g"], f, gap=6)
    d.line([14, 262, 246, 262], fill="black", width=3)
    draw_lines(img, (14, 270), ["INGREDIENTS: whole grain oats, sugar,", "wheat flour, honey, soy lecithin, salt.",
                                "CONTAINS: WHEAT, SOY.", "MAY CONTAIN: TREE NUTS."], font("DejaVuSans", 10), gap=4)
    return img


def market_flyer() -> Image.Image:  # flyer_market.png
    img = gradient((320, 420), (255, 244, 214), (250, 214, 160))
    d = ImageDraw.Draw(img)
    for i, c in enumerate([(220, 60, 40), (240, 170, 30), (90, 160, 60)]):
        d.ellipse([30 + i * 90, 20, 110 + i * 90, 100], fill=c)
    draw_lines(img, (34, 120), ["RIVERSIDE", "FARMERS MARKET"], font("DejaVuSans-Bold", 26), fill=(90, 50, 20), gap=2)
    draw_lines(img, (34, 200), ["Every Saturday  8 am - 1 pm", "Riverside Park, by the bandstand", "40+ local vendors",
                                "Live music from 10 am", "Free parking on Mill Lane", "Dogs welcome on a lead"],
               font("DejaVuSans", 15), fill=(60, 40, 20), gap=8)
    return img


def wedding_invite() -> Image.Image:
    img = Image.new("RGB", (340, 440), (253, 250, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([12, 12, 327, 427], outline=(190, 160, 100), width=2)
    f = font("LiberationSerif-Italic", 16)
    y = draw_lines(img, (60, 40), ["Together with their families"], f)
    draw_lines(img, (70, y + 20), ["Aisha & Tomás"], font("LiberationSerif-BoldItalic", 32), fill=(120, 90, 40))
    draw_lines(img, (40, y + 90), ["request the pleasure of your company", "at the celebration of their marriage", "",
                                   "Saturday, 21 June 2026, at 4 pm", "Quinta da Rosa, Sintra", "", "Dinner and dancing to follow",
                                   "Kindly reply by 1 May 2026"], font("LiberationSerif-Regular", 15), gap=6)
    return img


def beach_sign_photo() -> Image.Image:  # cartel_playa.jpg
    img = gradient((340, 260), (120, 180, 235), (200, 230, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 150, 340, 200], fill=(40, 110, 160))
    d.rectangle([0, 200, 340, 260], fill=(225, 200, 150))
    d.rectangle([296, 60, 300, 220], fill=(120, 120, 120))
    d.polygon([(300, 62), (334, 74), (300, 86)], fill=(220, 30, 30))  # red flag
    d.rectangle([150, 120, 158, 250], fill=(110, 90, 60))
    d.rectangle([40, 40, 270, 150], fill="white", outline=(200, 20, 20), width=4)
    draw_lines(img, (96, 48), ["PELIGRO"], font("DejaVuSans-Bold", 22), fill=(200, 20, 20))
    draw_lines(img, (52, 80), ["BANDERA ROJA:", "PROHIBIDO EL BAÑO", "Socorrista 11:00 - 19:00"],
               font("DejaVuSans-Bold", 14), gap=4)
    return photo_finish(img, 43)


def error_dialog_de() -> Image.Image:  # fehlermeldung.png
    img = Image.new("RGB", (440, 180), (240, 240, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 440, 28], fill="white")
    draw_lines(img, (10, 6), ["Drucker - Fehler"], font("DejaVuSans", 13))
    d.ellipse([20, 50, 52, 82], fill=(200, 40, 40))
    draw_lines(img, (30, 52), ["\u00d7"], font("DejaVuSans-Bold", 22), fill="white")
    draw_lines(img, (68, 44), ["Der Vorgang konnte nicht abgeschlossen werden", "(Fehler 0x0000011b).",
                               "Der Drucker \u201eBrother HL-L2350DW\u201c ist offline.", "Prüfen Sie die Verbindung und versuchen",
                               "Sie es erneut."], font("DejaVuSans", 12), gap=4)
    d.rectangle([340, 140, 420, 166], outline=(0, 100, 200), fill=(225, 235, 250))
    draw_lines(img, (366, 145), ["OK"], font("DejaVuSans", 13))
    return img


def pharmacy_hours_it() -> Image.Image:  # cartello_orari.png
    img = Image.new("RGB", (320, 300), (250, 250, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 320, 64], fill=(0, 150, 80))
    d.rectangle([24, 14, 60, 50], fill="white")
    d.rectangle([37, 18, 47, 46], fill=(0, 150, 80))
    d.rectangle([28, 27, 56, 37], fill=(0, 150, 80))
    draw_lines(img, (76, 20), ["FARMACIA CENTRALE"], font("DejaVuSans-Bold", 17), fill="white")
    draw_lines(img, (24, 80), ["ORARI DI APERTURA"], font("DejaVuSans-Bold", 15))
    draw_lines(img, (24, 112), ["Lun - Ven   8:30 - 13:00", "            15:30 - 19:30", "Sabato      9:00 - 12:30",
                                "Domenica    CHIUSO", "", "Farmacia di turno:", "vedi elenco in vetrina"],
               font("DejaVuSansMono", 13), gap=6)
    return img


# --------------------------------------------------------------------------- photos


def _sepia(img: Image.Image) -> Image.Image:
    g = np.asarray(img.convert("L")).astype(np.float32)[..., None]
    a = g * np.array([1.07, 0.88, 0.66])[None, None, :] + np.array([18, 8, 0])[None, None, :]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def night_skyline_photo() -> Image.Image:  # PXL_20250919_174455.jpg
    img = gradient((360, 240), (15, 20, 50), (60, 50, 90))
    d = ImageDraw.Draw(img)
    d.ellipse([270, 24, 310, 64], fill=(245, 240, 210))
    rng = np.random.default_rng(44)
    x = 0
    while x < 360:
        w, h = int(rng.integers(26, 56)), int(rng.integers(60, 170))
        d.rectangle([x, 240 - h, x + w, 240], fill=(25, 25, 35))
        for wy in range(240 - h + 8, 232, 12):
            for wx in range(x + 5, x + w - 6, 9):
                if rng.random() < 0.45:
                    d.rectangle([wx, wy, wx + 4, wy + 5], fill=(250, 210, 110))
        x += w + int(rng.integers(2, 8))
    return photo_finish(img, 44, noise=7.0)


def tram_photo() -> Image.Image:
    img = gradient((340, 250), (140, 190, 240), (220, 235, 250))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 250), (0, 170), (340, 110), (340, 250)], fill=(120, 115, 110))  # sloping street
    for i, c in enumerate([(230, 190, 140), (240, 230, 200), (210, 120, 100), (200, 210, 230)]):
        d.rectangle([i * 85, 20 + i * 8, i * 85 + 80, 150 - i * 10], fill=c)
        for wy in range(36 + i * 8, 130 - i * 10, 26):
            d.rectangle([i * 85 + 14, wy, i * 85 + 30, wy + 14], fill=(60, 70, 90))
            d.rectangle([i * 85 + 50, wy, i * 85 + 66, wy + 14], fill=(60, 70, 90))
    d.line([0, 120, 340, 70], fill=(40, 40, 40), width=1)  # overhead wire
    d.polygon([(110, 205), (230, 184), (230, 120), (110, 138)], fill=(245, 200, 20))  # yellow tram
    d.polygon([(110, 138), (230, 120), (230, 132), (110, 150)], fill=(200, 40, 40))
    for k in range(4):
        x0 = 120 + k * 27
        d.rectangle([x0, 152 - k * 4, x0 + 18, 170 - k * 4], fill=(60, 80, 100))
    d.line([170, 128, 190, 72], fill=(40, 40, 40), width=2)  # pantograph
    return photo_finish(img, 45)


def pastries_photo() -> Image.Image:
    img = Image.new("RGB", (320, 240), (140, 100, 70))  # wooden table
    d = ImageDraw.Draw(img)
    for y in range(0, 240, 18):
        d.line([0, y, 320, y + 6], fill=(120, 85, 60), width=2)
    d.ellipse([40, 30, 280, 220], fill=(245, 245, 240))  # plate
    for cx, cy in ((110, 95), (190, 90), (105, 160), (195, 160), (150, 125)):
        d.ellipse([cx - 34, cy - 30, cx + 34, cy + 30], fill=(215, 160, 80))
        d.ellipse([cx - 26, cy - 22, cx + 26, cy + 22], fill=(250, 215, 110))
        for bx, by in ((-8, -6), (6, 4), (-2, 8)):
            d.ellipse([cx + bx - 5, cy + by - 4, cx + bx + 5, cy + by + 4], fill=(120, 60, 20))
    return photo_finish(img, 46)


def bridge_photo() -> Image.Image:
    img = gradient((360, 240), (250, 150, 90), (250, 210, 170))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 150, 360, 240], fill=(50, 70, 100))
    for y in range(156, 240, 10):
        d.line([140, y, 220, y], fill=(240, 160, 100), width=2)
    d.polygon([(0, 150), (0, 70), (60, 80), (70, 150)], fill=(120, 90, 80))
    d.polygon([(300, 150), (310, 60), (360, 66), (360, 150)], fill=(120, 90, 80))
    d.arc([50, 40, 310, 260], start=180, end=360, fill=(60, 55, 50), width=10)  # iron arch
    d.rectangle([40, 64, 320, 72], fill=(60, 55, 50))  # deck
    for x in range(70, 300, 16):
        d.line([x, 72, x, 110 if 110 < x < 250 else 90], fill=(60, 55, 50), width=2)
    return photo_finish(img, 47)


def tiles_photo() -> Image.Image:
    img = Image.new("RGB", (300, 300), (245, 245, 250))
    d = ImageDraw.Draw(img)
    for ty in range(0, 300, 30):
        for tx in range(0, 300, 30):
            d.rectangle([tx, ty, tx + 29, ty + 29], fill=(250, 250, 252), outline=(200, 205, 215))
            d.ellipse([tx + 7, ty + 7, tx + 22, ty + 22], outline=(30, 70, 160), width=3)
            d.line([tx, ty + 15, tx + 29, ty + 15], fill=(30, 70, 160))
            d.line([tx + 15, ty, tx + 15, ty + 29], fill=(30, 70, 160))
    d.rectangle([110, 150, 190, 300], fill=(90, 50, 30))  # wooden door
    d.ellipse([172, 222, 180, 230], fill=(220, 190, 80))
    return photo_finish(img, 48)


def menu_board_photo() -> Image.Image:
    img = Image.new("RGB", (340, 260), (180, 170, 160))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 14, 300, 246], fill=(110, 80, 50))  # frame
    d.rectangle([50, 24, 290, 236], fill=(35, 40, 38))  # chalkboard
    draw_lines(img, (100, 32), ["O TASCO"], font("LiberationSerif-BoldItalic", 26), fill=(245, 245, 235))
    draw_lines(img, (64, 76), ["Prato do dia", "Francesinha .... 12,50 \u20ac", "Bacalhau à Brás . 14,00 \u20ac",
                               "Caldo verde ...... 4,00 \u20ac", "Vinho verde (copo) 3,00 \u20ac", "Pastel de nata .. 1,50 \u20ac"],
               font("LiberationSerif-Italic", 16), fill=(240, 240, 225), gap=7)
    return photo_finish(img, 49, noise=5.0)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "rec_0917.m4a": [
        ("en-us", "Ideas for Mum's sixtieth. Book the boat trip, ask Uncle Dev to give a speech, "
                  "and order the cake from Bella's by the tenth."),
    ],
    "voicemail_dentist.mp3": [
        ("en-us+f3", "Hello, this is Brightsmile Dental, confirming your check-up on Monday the thirteenth at nine fifteen. "
                     "To move it, call five five five, zero one seven eight."),
    ],
    "seminar_week3.flac": [
        ("en-gb", "So, three causes of the French Revolution: a state drowning in debt, "
                  "the price of bread, and the ideas of the Enlightenment."),
    ],
    "WhatsApp Audio 2025-10-03 at 18.42.11.ogg": [
        ("en-us+f2", "Hey, it's Priya. The key is under the blue flower pot. "
                     "Feed Mochi twice a day, and water the basil on Sunday. Thank you!"),
    ],
    "standup_2025-10-06.wav": [
        ("en-us+m3", "Yesterday I finished the invoice export. Today, the login timeout. No blockers."),
        ("en-gb+f3", "I'm still on the onboarding emails. Blocked on copy from marketing."),
    ],
    "podcast_ep12_clip.mp3": [
        ("en-us+m2", "Rule of thumb for sourdough: feed your starter twice a day, keep it at room temperature, "
                     "and bake when it has doubled."),
    ],
    "audio_0042.wav": [
        ("en-gb+m1", "This is the final call for flight B A two four nine zero to Rome. Please go to gate twenty two."),
    ],
    "Sprachmemo_Oma.m4a": [
        ("de", "Hallo Schatz, hier ist Oma. Kommst du am Sonntag zum Kaffee? Ich backe Apfelkuchen. Ruf mich zurück."),
    ],
    "répondeur.wav": [
        ("fr-fr", "Bonjour, ici le garage Dupuis. Votre voiture est prête. La facture est de deux cent quarante euros."),
    ],
    "nota_de_voz_mama.ogg": [
        ("es", "Hija, soy mamá. El vuelo llega a las siete y cuarto a la terminal dos. No olvides la chaqueta."),
    ],
    "vocale_Luca.mp3": [
        ("it", "Ehi, sono Luca. Stasera partita alle nove al campo di via Roma. Porta tu il pallone."),
    ],
    "spraakbericht.m4a": [
        ("nl", "Hoi, met Sanne. Ik ben er om half acht. Neem jij de wijn mee?"),
    ],
    "mensagem_rafael.ogg": [
        ("pt-br", "Oi, aqui é o Rafael. A reunião foi remarcada para quarta-feira, às três da tarde."),
    ],
}


def make_images() -> list[Path]:
    text_images = {
        "scan0004.png": electricity_bill,
        "download (3).png": boarding_pass,
        "router_sticker.png": router_sticker,
        "boleto_metro.png": metro_ticket,
        "Rechnung_Maler.png": painter_invoice,
        "ordonnance.png": prescription_fr,
        "Screenshot_20251002-091422.png": delivery_screenshot,
        "nutrition_label.png": nutrition_label,
        "flyer_market.png": market_flyer,
        "wedding_invite.png": wedding_invite,
        "fehlermeldung.png": error_dialog_de,
        "cartello_orari.png": pharmacy_hours_it,
    }
    photos = {
        # photographed text
        "scontrino.jpg": receipt_it,
        "sticky_note.jpg": sticky_note,
        "cartel_playa.jpg": beach_sign_photo,
        # photos without (much) text
        "IMG_2291.jpg": lambda: skimage_photo("camera", size=(320, 320)),
        "PXL_20250919_174455.jpg": night_skyline_photo,
        "foto_nonna.jpg": lambda: _sepia(skimage_photo("chelsea", crop=(40, 0, 451, 300), size=(330, 240))),
        "monedas.jpg": lambda: tint(skimage_photo("coins", size=(320, 252)), (1.1, 0.95, 0.7)),
        "wanduhr.jpg": lambda: skimage_photo("clock", size=(320, 240)),
        "moon_shot.jpg": lambda: skimage_photo("moon", crop=(56, 56, 456, 456), size=(300, 300)),
        "microscope_slide.png": lambda: skimage_photo("immunohistochemistry", crop=(100, 100, 356, 356)),
        # the album for search
        f"{ALBUM}/20250614_101522.jpg": tram_photo,
        f"{ALBUM}/20250614_123010.jpg": pastries_photo,
        f"{ALBUM}/20250614_190244.jpg": bridge_photo,
        f"{ALBUM}/20250615_094718.jpg": tiles_photo,
        f"{ALBUM}/20250615_113305.jpg": lambda: tint(skimage_photo("chelsea", crop=(100, 20, 420, 260), size=(320, 240)), WARM),
        f"{ALBUM}/20250615_132051.jpg": menu_board_photo,
        f"{ALBUM}/20250615_201140.jpg": lambda: tint(skimage_photo("coffee", crop=(60, 0, 540, 360), size=(320, 240)), (1.0, 0.97, 1.05)),
    }
    return save_images(HERE, text_images | photos)


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=170, max_seconds=MAX_SECONDS), MAX_BYTES)
