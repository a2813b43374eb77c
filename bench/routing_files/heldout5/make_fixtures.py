"""Recreate the fixture files used by the fifth held-out routing set (bench/routing_heldout5/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg``):

    .venv/bin/python bench/routing_files/heldout5/make_fixtures.py

The helpers (fonts, text, photo effects, espeak-ng/ffmpeg audio) are shared with the other
generators, in ../fixture_kit.py.

Everything is generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg`` ones are "photographed" (on a table or a wall: slight rotation, blur,
  seeded noise); ``doc_0031.png`` is scikit-image's bundled scanned book page (``data.page``);
* the photos are scikit-image's bundled sample photos (``astronaut``, ``coffee``), cropped and
  recoloured, or scenes drawn with Pillow plus seeded noise and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for the lossless .flac / .wav so they stay small), each clip under 12 s.

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
    HAND,
    HAND_BOLD,
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
MAX_SECONDS = 12.0
ALBUM = "sommerurlaub_2025"


# --------------------------------------------------------------------------- images with text


def train_delay_de() -> Image.Image:  # Bildschirmfoto 2025-11-05 um 14.22.31.png (a macOS screenshot)
    img = Image.new("RGB", (460, 300), (246, 246, 246))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 460, 44], fill=(236, 0, 22))
    draw_lines(img, (16, 11), ["Reiseauskunft  \u00b7  Ihre Verbindung"], font("DejaVuSans-Bold", 16), fill="white")
    draw_lines(img, (16, 58), ["ICE 597  \u2192  München Hbf"], font("DejaVuSans-Bold", 18))
    draw_lines(img, (16, 88), ["Mi 05.11.2025   ab Frankfurt(Main)Hbf 14:54"], font("DejaVuSans", 13))
    d.rounded_rectangle([16, 116, 444, 200], radius=8, fill=(255, 238, 238), outline=(236, 0, 22))
    draw_lines(img, (28, 124), ["Heute ca. +25 Min. später (15:19)", "Gleisänderung: Gleis 14 statt Gleis 12",
                                "Grund: Reparatur an einem anderen Zug"], font("DejaVuSans", 13), fill=(160, 0, 10), gap=7)
    draw_lines(img, (16, 214), ["Ihre Reservierung: Wagen 9, Platz 46 (Fenster)", "Ankunft München Hbf: 18:31 (+25)"],
               font("DejaVuSans", 13), gap=8)
    draw_lines(img, (16, 270), ["Alle Angaben ohne Gewähr"], font("DejaVuSans", 10), fill=(120, 120, 120))
    return img


def rent_letter() -> Image.Image:  # scan_20251103_0001.png (greyscale flatbed scan)
    img = Image.new("RGB", (420, 470), "white")
    d = ImageDraw.Draw(img)
    draw_lines(img, (24, 20), ["HARBOUR LETTINGS LTD"], font("DejaVuSerif-Bold", 18))
    draw_lines(img, (24, 46), ["4 Quay Street, Bristol BS1 4DB  \u00b7  0117 496 0715"], font("DejaVuSans", 10), fill=(80, 80, 80))
    d.line([24, 66, 396, 66], fill="black")
    draw_lines(img, (24, 78), ["Ms R. Adeyemi", "Flat 3, 27 Alder Road", "Bristol BS6 5JN"], font("DejaVuSerif", 12), gap=3)
    draw_lines(img, (280, 78), ["31 October 2025"], font("DejaVuSerif", 12))
    draw_lines(img, (24, 140), ["Notice of rent increase"], font("DejaVuSerif-Bold", 14))
    draw_lines(
        img,
        (24, 168),
        ["Dear Ms Adeyemi,", "", "In line with your tenancy agreement, we are writing",
         "to let you know that from 1 January 2026 the rent", "for the above property will change as follows:", "",
         "   Current rent:   \u00a31,090 per month", "   New rent:       \u00a31,145 per month", "",
         "Your standing order will need to be updated before", "the first payment at the new rate. If you have any",
         "questions, please call us on the number above.", "", "Yours sincerely,", "J. Pennington, Property Manager"],
        font("DejaVuSerif", 12),
        gap=4,
    )
    return img.convert("L").filter(ImageFilter.GaussianBlur(0.4))


def football_chat() -> Image.Image:  # Screenshot_20251108-213045.png (a phone screenshot)
    img = Image.new("RGB", (300, 520), (236, 229, 221))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(7, 80, 72))
    draw_lines(img, (10, 4), ["21:30"], font("DejaVuSans", 11), fill="white")
    d.rectangle([0, 22, 300, 70], fill=(7, 94, 84))
    draw_lines(img, (14, 28), ["U10 Football Parents"], font("DejaVuSans-Bold", 15), fill="white")
    draw_lines(img, (14, 50), ["42 participants"], font("DejaVuSans", 10), fill=(210, 235, 230))
    f = font("DejaVuSans", 12)
    msgs = [
        ("Coach Dan", ["Training moved to THURSDAY", "5:30pm this week, pitch 3.", "Bring shin pads + water!"]),
        ("Sophie (Max's mum)", ["Is Saturday still on?"]),
        ("Coach Dan", ["Yes - Sat match 10:00, away", "at Kingsmead. Meet at the", "club 9:15, we'll car share."]),
        ("Raj", ["I can take 3 kids!"]),
    ]
    y = 84
    for who, lines in msgs:
        w = max(max(d.textlength(s, font=f) for s in lines), d.textlength(who, font=f)) + 20
        h = (len(lines) + 1) * 17 + 12
        d.rounded_rectangle([10, y, 10 + w, y + h], radius=8, fill="white")
        draw_lines(img, (20, y + 6), [who], font("DejaVuSans-Bold", 11), fill=(30, 120, 200))
        draw_lines(img, (20, y + 23), lines, f, fill=(20, 20, 20), gap=4)
        y += h + 12
    d.rectangle([0, 480, 300, 520], fill=(245, 245, 245))
    draw_lines(img, (16, 492), ["Message"], f, fill=(150, 150, 150))
    return img


def phone_bill_fr() -> Image.Image:  # facture_mobile.png
    img = Image.new("RGB", (400, 360), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 400, 50], fill=(90, 30, 140))
    draw_lines(img, (18, 13), ["NOVA TÉLÉCOM"], font("DejaVuSans-Bold", 20), fill="white")
    f = font("DejaVuSans", 12)
    draw_lines(img, (18, 64), ["Facture n° F-2025-10-88123", "Date : 31/10/2025", "Client : M. Karim Benali",
                               "Ligne : 06 12 34 56 78"], f, gap=5)
    draw_lines(img, (18, 150), ["Forfait 80 Go  \u00b7  octobre 2025       29,99 \u20ac", "Option International              7,00 \u20ac",
                                "Hors forfait (appels)              3,00 \u20ac"], font("DejaVuSansMono", 11), gap=7)
    d.rectangle([18, 236, 382, 290], fill=(243, 236, 250), outline=(90, 30, 140))
    draw_lines(img, (30, 244), ["Montant à payer : 39,99 \u20ac", "Prélevé le 12/11/2025"], font("DejaVuSans-Bold", 15), gap=6)
    draw_lines(img, (18, 312), ["Service client : 3900 (appel gratuit)", "nova-telecom.fr/espace-client"],
               font("DejaVuSans", 10), fill=(100, 100, 100), gap=4)
    return img


def gas_bill_it() -> Image.Image:  # bolletta_gas.png
    img = Image.new("RGB", (400, 380), (252, 252, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 400, 48], fill=(0, 110, 170))
    draw_lines(img, (18, 13), ["GASNOVA ENERGIA"], font("DejaVuSans-Bold", 19), fill="white")
    f = font("DejaVuSans", 12)
    draw_lines(img, (18, 60), ["BOLLETTA GAS NATURALE", "Fattura n. 7731-2025-0418", "Intestatario: Giulia Ferraro",
                               "Via Mazzini 18, 40121 Bologna", "Periodo: settembre - ottobre 2025",
                               "Consumo fatturato: 74 Smc (lettura effettiva)"], f, gap=5)
    d.rectangle([18, 200, 382, 262], fill=(230, 243, 250), outline=(0, 110, 170))
    draw_lines(img, (30, 208), ["TOTALE DA PAGARE: 86,40 \u20ac", "SCADENZA: 20/11/2025"], font("DejaVuSans-Bold", 16), gap=8)
    draw_lines(img, (18, 280), ["Pagamento con bollettino o domiciliazione", "bancaria. Pronto intervento: 800 900 123",
                                "Servizio clienti: 800 123 456"], font("DejaVuSans", 11), fill=(80, 80, 80), gap=5)
    return img


def receipt_de() -> Image.Image:  # kassenbon.jpg
    doc = Image.new("RGB", (230, 360), (250, 249, 244))
    f, fb = font("DejaVuSansMono", 12), font("DejaVuSansMono-Bold", 13)
    draw_lines(doc, (20, 12), ["FRISCHMARKT KÖHLER"], fb)
    draw_lines(doc, (30, 32), ["Hauptstr. 7, 79098 Freiburg", "Tel. 0761 123 44 80"], font("DejaVuSansMono", 10), gap=2)
    draw_lines(doc, (12, 70), ["Vollmilch 1,5%       1,19", "Brezel       4 x 0,79", "                     3,16",
                               "Äpfel Elstar 1kg     2,49", "Kaffee Bohnen 500g   6,99", "------------------------",
                               "SUMME EUR           13,83", "BAR                 20,00", "Rückgeld              6,17",
                               "", "MwSt 7%  13,83      0,90", "04.11.2025  17:42", "Bon 4471  Kasse 2",
                               "Vielen Dank für Ihren Einkauf!"], f, gap=5)
    return photographed(doc, 51, angle=-3.0, bg=(92, 74, 58))


def order_confirmation() -> Image.Image:  # Screenshot 2025-11-09 at 10.04.57.png
    img = Image.new("RGB", (480, 300), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 480, 40], fill=(35, 47, 62))
    draw_lines(img, (16, 10), ["shopwell"], font("DejaVuSans-Bold", 17), fill=(255, 160, 40))
    draw_lines(img, (16, 54), ["Thank you, your order has been placed."], font("DejaVuSans-Bold", 15), fill=(0, 120, 60))
    f = font("DejaVuSans", 13)
    draw_lines(img, (16, 84), ["Order #114-7730291   \u00b7   placed 9 Nov 2025", "Noise-cancelling headphones, Black   \u00a3129.99",
                               "Arriving Wednesday 12 November", "Deliver to: Flat 3, 27 Alder Road, Bristol BS6 5JN",
                               "Tracking: RM 4471 0932 5GB (Royal Mail Tracked 24)"], f, gap=9)
    d.rounded_rectangle([16, 248, 200, 282], radius=6, fill=(255, 216, 20))
    draw_lines(img, (40, 256), ["View or manage order"], font("DejaVuSans", 12))
    return img


def medicine_box() -> Image.Image:  # medicine_box.jpg
    doc = Image.new("RGB", (330, 220), (250, 250, 252))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 330, 44], fill=(200, 30, 60))
    draw_lines(doc, (14, 8), ["IBUPROFEN 200 mg"], font("DejaVuSans-Bold", 22), fill="white")
    draw_lines(doc, (14, 52), ["24 film-coated tablets  \u00b7  pain relief"], font("DejaVuSans", 12))
    draw_lines(doc, (14, 78), ["Adults and children over 12: take 1-2", "tablets every 4 hours with water.",
                               "Do not take more than 6 tablets in 24 hours.", "Do not take for more than 10 days",
                               "without talking to your doctor."], font("DejaVuSans", 11), gap=3)
    draw_lines(doc, (14, 186), ["EXP 08/2027     LOT B4471"], font("DejaVuSansMono-Bold", 12))
    return photographed(doc, 52, angle=4.0, bg=(200, 196, 188), pad=28)


def pool_notice() -> Image.Image:  # IMG_4410.jpg (a notice pinned at the leisure centre)
    doc = Image.new("RGB", (260, 330), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 260, 40], fill=(0, 90, 160))
    draw_lines(doc, (16, 10), ["ELM PARK LEISURE CENTRE"], font("DejaVuSans-Bold", 13), fill="white")
    draw_lines(doc, (34, 58), ["POOL CLOSED"], font("DejaVuSans-Bold", 28), fill=(200, 20, 20))
    draw_lines(doc, (16, 108), ["Monday 3 - Friday 7 November", "for maintenance work.", "",
                                "The pool reopens on", "Saturday 8 November at 7:00.", "",
                                "Gym and classes open as usual.", "Sorry for any inconvenience."],
               font("DejaVuSans", 13), gap=5)
    return photographed(doc, 53, angle=-2.0, bg=(170, 185, 190), pad=34)


def water_notice_es() -> Image.Image:  # aviso_comunidad.jpg
    doc = Image.new("RGB", (280, 300), (255, 254, 248))
    draw_lines(doc, (20, 16), ["COMUNIDAD DE PROPIETARIOS", "C/ Toledo 42"], font("DejaVuSans-Bold", 13), gap=3)
    draw_lines(doc, (96, 64), ["AVISO"], font("DejaVuSans-Bold", 28))
    draw_lines(doc, (18, 112), ["Se informa a los vecinos de que", "el martes 18 de noviembre habrá",
                                "CORTE DE AGUA", "de 9:00 a 14:00 h por obras en", "la acometida general.", "",
                                "Disculpen las molestias.", "La Administración"], font("DejaVuSans", 13), gap=5)
    return photographed(doc, 54, angle=2.5, bg=(150, 120, 90), pad=30)


def parking_fine_nl() -> Image.Image:  # parkeerbon.png
    img = Image.new("RGB", (380, 330), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 380, 46], fill=(180, 20, 40))
    draw_lines(img, (16, 12), ["GEMEENTE UTRECHT"], font("DejaVuSans-Bold", 18), fill="white")
    draw_lines(img, (16, 58), ["Naheffingsaanslag parkeerbelasting"], font("DejaVuSans-Bold", 14))
    draw_lines(img, (16, 86), ["Aanslagnummer: 2025-0877412", "Datum: 21-11-2025   Tijd: 11:48",
                               "Locatie: Oudegracht t.h.v. nr. 150", "Kenteken: 3-KTP-41"], font("DejaVuSans", 12), gap=6)
    d.rectangle([16, 186, 364, 240], fill=(250, 235, 235), outline=(180, 20, 40))
    draw_lines(img, (28, 194), ["Te betalen: \u20ac 72,90", "Betalen vóór 5 december 2025"], font("DejaVuSans-Bold", 15), gap=6)
    draw_lines(img, (16, 256), ["Bezwaar? Binnen 6 weken via utrecht.nl/bezwaar", "Betaal met de QR-code of via iDEAL."],
               font("DejaVuSans", 11), fill=(80, 80, 80), gap=5)
    return img


def pix_receipt_pt() -> Image.Image:  # comprovante_pix.png
    img = Image.new("RGB", (300, 440), (248, 248, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 60], fill=(130, 10, 209))
    draw_lines(img, (16, 18), ["Comprovante de", "transferência"], font("DejaVuSans-Bold", 14), fill="white", gap=2)
    f, fb = font("DejaVuSans", 12), font("DejaVuSans-Bold", 13)
    y = 78
    for label, value in [("Valor", "R$ 150,00"), ("Tipo", "Pix"), ("Data", "07/11/2025 14:32"),
                         ("Para", "Ana Souza"), ("Instituição", "Banco Horizonte S.A."), ("Chave Pix", "ana.souza@email.com"),
                         ("De", "Rafael M. Costa"), ("ID da transação", "E1823004520251107143")]:
        draw_lines(img, (16, y), [label], f, fill=(110, 110, 110))
        draw_lines(img, (16, y + 16), [value], fb, fill=(20, 20, 20))
        d.line([16, y + 38, 284, y + 38], fill=(225, 225, 230))
        y += 44
    return img


def book_page() -> Image.Image:  # doc_0031.png: scikit-image's scanned page, enlarged
    from skimage import data

    img = Image.fromarray(np.asarray(data.page()))
    return img.resize((img.width * 3 // 2, img.height * 3 // 2), Image.LANCZOS)


def lost_cat_flyer() -> Image.Image:  # IMG-20251104-WA0012.jpg (a poster on a lamp post)
    doc = Image.new("RGB", (250, 340), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    draw_lines(doc, (30, 12), ["LOST CAT"], font("DejaVuSans-Bold", 34), fill=(200, 0, 0))
    d.rectangle([50, 60, 200, 160], fill=(225, 225, 225), outline=(60, 60, 60))  # the printed photo of the cat
    d.ellipse([80, 100, 160, 150], fill=(120, 120, 125))
    d.ellipse([140, 80, 180, 118], fill=(120, 120, 125))
    d.polygon([(143, 88), (148, 70), (156, 84)], fill=(120, 120, 125))
    d.polygon([(164, 84), (174, 70), (177, 90)], fill=(120, 120, 125))
    for x in (92, 112, 132):
        d.ellipse([x, 142, x + 12, 152], fill="white")
    draw_lines(doc, (16, 172), ["PEPPER", "grey with white paws, 4 years,", "very shy, microchipped.",
                                "Last seen 2 Nov near Oak Street.", "", "Please call Jo: 555-0199", "REWARD"],
               font("DejaVuSans-Bold", 13), gap=4)
    return photographed(doc, 55, angle=-1.5, bg=(110, 105, 100), pad=30)


# --------------------------------------------------------------------------- photos


def vintage_car_photo() -> Image.Image:  # IMG-20251104-WA0007.jpg
    img = gradient((360, 240), (170, 200, 230), (230, 235, 240))
    d = ImageDraw.Draw(img)
    for i, c in enumerate([(220, 190, 150), (200, 120, 90), (235, 225, 200), (180, 160, 140)]):
        d.rectangle([i * 92, 30, i * 92 + 88, 160], fill=c)
        for wy in (50, 100):
            d.rectangle([i * 92 + 16, wy, i * 92 + 36, wy + 28], fill=(70, 80, 95))
            d.rectangle([i * 92 + 52, wy, i * 92 + 72, wy + 28], fill=(70, 80, 95))
    d.rectangle([0, 160, 360, 240], fill=(130, 125, 120))
    rng = np.random.default_rng(61)
    for y in range(164, 240, 10):  # cobbles
        off = int(rng.integers(0, 12))
        for x in range(-off, 360, 14):
            d.ellipse([x, y, x + 12, y + 8], outline=(105, 100, 95))
    d.rounded_rectangle([70, 150, 290, 200], radius=18, fill=(190, 20, 25))  # body of a red vintage car
    d.rounded_rectangle([120, 118, 240, 160], radius=20, fill=(175, 15, 20))
    d.rectangle([132, 126, 176, 152], fill=(180, 210, 230))
    d.rectangle([184, 126, 228, 152], fill=(180, 210, 230))
    d.ellipse([270, 160, 290, 178], fill=(250, 245, 200))  # headlight
    d.rectangle([60, 188, 300, 194], fill=(200, 200, 205))  # chrome bumper line
    for cx in (112, 250):
        d.ellipse([cx - 22, 180, cx + 22, 224], fill=(25, 25, 25))
        d.ellipse([cx - 10, 192, cx + 10, 212], fill=(200, 200, 205))
    return photo_finish(img, 61)


def lighthouse_photo() -> Image.Image:  # DSCF3321.jpg
    img = gradient((320, 360), (110, 160, 220), (200, 225, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 230, 320, 360], fill=(40, 90, 140))  # sea
    for y in range(240, 360, 14):
        d.line([0, y, 320, y + 3], fill=(70, 120, 165), width=2)
    d.polygon([(120, 360), (150, 210), (240, 190), (320, 200), (320, 360)], fill=(95, 85, 70))  # cliff
    d.polygon([(150, 210), (240, 190), (320, 200), (320, 214), (150, 222)], fill=(90, 140, 60))  # grass on top
    d.polygon([(222, 196), (262, 196), (254, 60), (230, 60)], fill="white")  # tower
    for y in (90, 140):
        d.polygon([(228, y), (256, y), (257, y + 22), (227, y + 22)], fill=(200, 30, 30))  # red bands
    d.rectangle([226, 40, 258, 60], fill=(60, 60, 60))
    d.rectangle([232, 44, 252, 58], fill=(255, 230, 140))  # lamp
    d.polygon([(222, 40), (242, 24), (262, 40)], fill=(200, 30, 30))
    for x in (40, 80):
        d.arc([x, 60, x + 16, 70], 200, 340, fill=(60, 60, 60), width=2)  # gulls
    return photo_finish(img, 62)


def dog_on_rug_photo() -> Image.Image:  # IMG_4415.jpg
    img = Image.new("RGB", (340, 250), (205, 190, 170))  # wall
    d = ImageDraw.Draw(img)
    d.rectangle([0, 150, 340, 250], fill=(150, 110, 80))  # wooden floor
    d.ellipse([30, 160, 310, 245], fill=(170, 60, 55))  # round rug
    d.ellipse([50, 170, 290, 235], outline=(220, 190, 120), width=3)
    d.ellipse([100, 160, 230, 215], fill=(220, 170, 90))  # a golden dog lying down
    d.ellipse([200, 140, 258, 192], fill=(220, 170, 90))  # head
    d.ellipse([236, 164, 268, 186], fill=(225, 180, 105))  # snout
    d.ellipse([258, 168, 266, 176], fill=(30, 25, 20))  # nose
    d.ellipse([222, 156, 229, 163], fill=(30, 25, 20))  # eye
    d.polygon([(204, 150), (196, 186), (214, 170)], fill=(190, 135, 60))  # ear
    d.rectangle([210, 200, 262, 212], fill=(220, 170, 90))  # front paws
    d.line([102, 190, 70, 206], fill=(210, 160, 80), width=9)  # tail
    d.rectangle([260, 40, 320, 120], fill=(235, 235, 240), outline=(120, 100, 80), width=4)  # a window
    return photo_finish(img, 63)


def webcam_photo() -> Image.Image:  # WIN_20251107_08_15_33_Pro.jpg
    return tint(skimage_photo("astronaut", crop=(60, 0, 444, 288), size=(384, 288)), (0.95, 1.0, 1.08))


def spaghetti_photo() -> Image.Image:  # jantar.jpg
    img = Image.new("RGB", (320, 260), (60, 45, 40))  # dark table
    d = ImageDraw.Draw(img)
    d.ellipse([30, 20, 290, 250], fill=(240, 240, 236))  # plate
    d.ellipse([60, 45, 260, 225], fill=(230, 230, 226))
    rng = np.random.default_rng(64)
    for _ in range(90):  # spaghetti strands
        x, y = int(rng.integers(90, 230)), int(rng.integers(70, 200))
        d.arc([x - 20, y - 12, x + 20, y + 12], int(rng.integers(0, 360)), int(rng.integers(0, 360)),
              fill=(235, 200, 110), width=3)
    for _ in range(14):  # tomato sauce
        x, y = int(rng.integers(115, 205)), int(rng.integers(95, 175))
        d.ellipse([x - 12, y - 9, x + 12, y + 9], fill=(190, 40, 30))
    for x, y in ((150, 110), (172, 122), (160, 135)):  # basil
        d.ellipse([x - 8, y - 5, x + 8, y + 5], fill=(40, 130, 50))
    d.rectangle([280, 60, 292, 220], fill=(190, 190, 195))  # fork
    return photo_finish(img, 64)


def houseplant_photo() -> Image.Image:  # Zimmerpflanze.jpg
    img = gradient((280, 360), (235, 238, 240), (215, 215, 210))
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, 260, 250], fill=(190, 215, 240), outline=(245, 245, 245), width=10)  # window
    d.line([140, 20, 140, 250], fill=(245, 245, 245), width=8)
    d.rectangle([0, 250, 280, 270], fill=(245, 245, 242))  # windowsill
    d.rectangle([0, 270, 280, 360], fill=(225, 220, 210))
    d.polygon([(100, 250), (180, 250), (170, 330), (110, 330)], fill=(190, 100, 60))  # terracotta pot
    rng = np.random.default_rng(65)
    for _i in range(9):  # big split leaves
        cx, cy = 140 + int(rng.integers(-90, 90)), 70 + int(rng.integers(0, 150))
        d.line([140, 250, cx, cy], fill=(50, 110, 45), width=4)
        d.ellipse([cx - 34, cy - 26, cx + 34, cy + 26], fill=(45, 125, 55))
        for k in range(-2, 3):
            d.line([cx, cy, cx + 36 * (1 if k % 2 else -1), cy + k * 9], fill=(200, 225, 240), width=2)
    return photo_finish(img, 65)


# the holiday album (for search)


def beach_umbrellas_photo() -> Image.Image:
    img = gradient((360, 240), (90, 160, 230), (180, 215, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 95, 360, 140], fill=(30, 110, 170))
    d.rectangle([0, 140, 360, 240], fill=(235, 210, 160))
    for i, c in enumerate([(230, 60, 60), (250, 200, 40), (40, 150, 220), (240, 120, 30), (60, 170, 90)]):
        x, y = 20 + i * 70, 120 + (i % 2) * 30
        d.line([x + 30, y, x + 30, y + 70], fill=(90, 70, 50), width=3)
        d.pieslice([x, y - 24, x + 60, y + 24], 180, 360, fill=c)
        d.rectangle([x + 8, y + 62, x + 52, y + 70], fill=(250, 250, 250))  # towel
    return photo_finish(img, 71)


def harbour_boats_photo() -> Image.Image:
    img = gradient((360, 240), (250, 190, 140), (250, 225, 190))
    d = ImageDraw.Draw(img)
    for i, c in enumerate([(240, 230, 210), (230, 200, 150), (210, 150, 120), (245, 240, 230)]):
        d.rectangle([i * 90, 50, i * 90 + 84, 120], fill=c)
        d.polygon([(i * 90, 50), (i * 90 + 42, 28), (i * 90 + 84, 50)], fill=(150, 70, 50))
    d.rectangle([0, 120, 360, 130], fill=(140, 140, 135))
    d.rectangle([0, 130, 360, 240], fill=(40, 80, 110))
    for x, col in ((20, (30, 90, 160)), (130, (220, 70, 40)), (240, (245, 245, 240))):  # fishing boats
        d.polygon([(x, 180), (x + 90, 180), (x + 78, 204), (x + 10, 204)], fill=col)
        d.rectangle([x + 30, 160, x + 60, 180], fill=(240, 240, 235))  # wheelhouse
        d.line([x + 45, 160, x + 45, 118], fill=(70, 60, 50), width=3)
    return photo_finish(img, 72)


def ice_cream_photo() -> Image.Image:
    img = gradient((260, 340), (80, 150, 235), (170, 210, 245))
    d = ImageDraw.Draw(img)
    d.polygon([(95, 170), (165, 170), (130, 300)], fill=(215, 165, 95))  # cone
    for k in range(0, 8):
        d.line([95 + k * 9, 170, 130, 300], fill=(180, 130, 70), width=1)
    d.ellipse([88, 120, 172, 190], fill=(250, 230, 240))  # vanilla
    d.ellipse([95, 80, 165, 145], fill=(120, 70, 40))  # chocolate
    d.ellipse([102, 50, 158, 100], fill=(235, 120, 150))  # strawberry
    d.ellipse([110, 260, 150, 330], fill=(230, 180, 150))  # fingers holding it
    return photo_finish(img, 73)


def alpine_lake_photo() -> Image.Image:
    img = gradient((360, 240), (110, 165, 230), (210, 230, 250))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 130), (90, 30), (170, 110), (250, 20), (360, 130)], fill=(115, 120, 135))
    d.polygon([(76, 46), (90, 30), (104, 46)], fill="white")
    d.polygon([(236, 38), (250, 20), (264, 38)], fill="white")
    d.rectangle([0, 130, 360, 190], fill=(50, 130, 150))
    d.rectangle([0, 190, 360, 240], fill=(80, 140, 60))
    d.rectangle([250, 160, 300, 195], fill=(120, 80, 50))  # a little wooden hut
    d.polygon([(244, 162), (275, 140), (306, 162)], fill=(90, 50, 35))
    d.rectangle([268, 175, 280, 195], fill=(60, 40, 25))
    return photo_finish(img, 74)


def campfire_photo() -> Image.Image:
    img = gradient((360, 240), (10, 15, 40), (30, 30, 50))
    d = ImageDraw.Draw(img)
    rng = np.random.default_rng(75)
    for _ in range(60):  # stars
        x, y = int(rng.integers(0, 360)), int(rng.integers(0, 110))
        d.point((x, y), fill=(240, 240, 255))
    d.rectangle([0, 170, 360, 240], fill=(25, 35, 20))
    d.polygon([(40, 190), (110, 100), (180, 190)], fill=(230, 120, 30))  # orange tent, lit from inside
    d.polygon([(100, 190), (110, 120), (120, 190)], fill=(250, 200, 90))
    d.ellipse([220, 185, 300, 205], fill=(60, 40, 30))  # fire pit
    d.polygon([(235, 192), (250, 140), (262, 170), (272, 130), (285, 192)], fill=(250, 140, 20))
    d.polygon([(250, 192), (262, 160), (274, 192)], fill=(255, 230, 120))
    return photo_finish(img, 75, noise=8.0)


def ferry_timetable_photo() -> Image.Image:
    img = gradient((360, 270), (150, 190, 230), (210, 225, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 200, 360, 270], fill=(60, 110, 150))
    d.rectangle([176, 150, 184, 270], fill=(120, 120, 125))  # post
    d.rectangle([50, 20, 310, 180], fill="white", outline=(0, 70, 140), width=4)
    draw_lines(img, (64, 28), ["FÄHRE  Seehafen \u2192 Lindau"], font("DejaVuSans-Bold", 15), fill=(0, 70, 140))
    draw_lines(img, (64, 56), ["Abfahrten täglich:", "09:10   11:40   14:10", "16:40   18:30 (letzte)",
                               "Einzelfahrt 8,50 \u20ac", "Hin und zurück 15,00 \u20ac"], font("DejaVuSans", 14), gap=6)
    return photo_finish(img, 76)


def bakery_board_photo() -> Image.Image:
    img = Image.new("RGB", (340, 280), (200, 180, 150))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 14, 300, 262], fill=(110, 80, 50))
    d.rectangle([50, 24, 290, 252], fill=(35, 40, 38))  # chalkboard
    draw_lines(img, (78, 32), ["Bäckerei Sonne"], font(HAND_BOLD, 24), fill=(245, 245, 235))
    draw_lines(img, (66, 80), ["Brezel ............ 0,90 \u20ac", "Croissant ......... 1,40 \u20ac",
                               "Apfelstrudel ...... 3,20 \u20ac", "Cappuccino ........ 2,80 \u20ac",
                               "Laugenstange ...... 1,10 \u20ac"], font(HAND, 16), fill=(240, 240, 225), gap=10)
    return photo_finish(img, 77, noise=5.0)


def dog_beach_photo() -> Image.Image:
    img = gradient((360, 240), (120, 180, 235), (200, 225, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 100, 360, 150], fill=(40, 120, 170))
    for y in (112, 128, 142):
        d.line([0, y, 360, y], fill=(210, 230, 240), width=2)
    d.rectangle([0, 150, 360, 240], fill=(225, 200, 150))
    d.ellipse([140, 150, 230, 190], fill=(40, 35, 30))  # black dog running
    d.ellipse([215, 130, 255, 165], fill=(40, 35, 30))
    for x in (150, 170, 200, 215):
        d.line([x, 182, x + (8 if x % 20 else -8), 212], fill=(40, 35, 30), width=6)
    d.line([142, 165, 118, 150], fill=(40, 35, 30), width=5)
    d.ellipse([280, 190, 296, 206], fill=(240, 220, 40))  # tennis ball
    return photo_finish(img, 78)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "PTT-20251104-WA0003.ogg": [
        ("en-gb+m3", "Hey, it's Marcus. I'm stuck on the A40. Can you pick up Lily from swimming at six? "
                     "Her bag is in the hall."),
    ],
    "New Recording 14.m4a": [
        ("en-us", "Things for the flat. Measure the hallway for the shelf, buy picture hooks, "
                  "and ask the landlord about the boiler service."),
    ],
    "ZOOM0004.WAV": [
        ("en-us+m2", "Welcome back. Today I'm talking to Doctor Amara Nwosu about night trains in Europe."),
        ("en-gb+f3", "Thanks for having me. Night trains are having a real comeback."),
    ],
    "lecture_ch7.mp3": [
        ("en-gb+f2", "Chapter seven. The law of demand: when the price of a good rises, "
                     "the quantity demanded falls, all else being equal."),
    ],
    "meeting_2025-11-07.flac": [
        ("en-us+m3", "Okay, budget for the first quarter. We can spend twelve thousand on the trade fair."),
        ("en-us+f3", "Then we drop the print ads. Let's decide by Monday."),
    ],
    "audio_2025-11-10_19-02-44.mp3": [
        ("en-gb+f3", "Hello, this is the office at Greenfield Primary. The year three trip to the science museum "
                     "is on Friday the fourteenth. Children need a packed lunch and must be at school by eight."),
    ],
    "Anrufbeantworter_Praxis.mp3": [
        ("de", "Guten Tag, hier ist die Praxis Doktor Hofmann. Ihr Termin am Dienstag muss leider verschoben werden. "
               "Der neue Termin ist am Donnerstag um halb elf."),
    ],
    "vocal_2025-11-02.m4a": [
        ("fr-fr", "Salut, c'est Chloé. La répétition est déplacée à vingt heures, salle quatre. N'oublie pas ta partition."),
    ],
    "nota_audio_trabajo.ogg": [
        ("es", "Hola, soy Javier. El informe tiene que estar listo el viernes a mediodía. Mándamelo por correo, por favor."),
    ],
    "registrazione_lezione.flac": [
        ("it", "Oggi parliamo del primo canto dell'Inferno: Dante si perde nella selva oscura e incontra tre fiere."),
    ],
    "opname_huisarts.wav": [
        ("nl", "Goedemiddag, u spreekt met de huisartsenpraktijk. Uw bloeduitslagen zijn goed, u hoeft niet terug te komen."),
    ],
    "audio_vovo.ogg": [
        ("pt-br", "Oi, querido, é a vovó. Vem almoçar aqui no domingo? Vou fazer feijoada."),
    ],
}


def make_images() -> list[Path]:
    text_images = {
        "Bildschirmfoto 2025-11-05 um 14.22.31.png": train_delay_de,
        "scan_20251103_0001.png": rent_letter,
        "Screenshot_20251108-213045.png": football_chat,
        "facture_mobile.png": phone_bill_fr,
        "bolletta_gas.png": gas_bill_it,
        "Screenshot 2025-11-09 at 10.04.57.png": order_confirmation,
        "parkeerbon.png": parking_fine_nl,
        "comprovante_pix.png": pix_receipt_pt,
        "doc_0031.png": book_page,
    }
    photos = {
        # photographed text
        "kassenbon.jpg": receipt_de,
        "medicine_box.jpg": medicine_box,
        "IMG_4410.jpg": pool_notice,
        "aviso_comunidad.jpg": water_notice_es,
        "IMG-20251104-WA0012.jpg": lost_cat_flyer,
        # photos without text
        "IMG-20251104-WA0007.jpg": vintage_car_photo,
        "DSCF3321.jpg": lighthouse_photo,
        "IMG_4415.jpg": dog_on_rug_photo,
        "WIN_20251107_08_15_33_Pro.jpg": webcam_photo,
        "jantar.jpg": spaghetti_photo,
        "Zimmerpflanze.jpg": houseplant_photo,
        # the holiday album for search (two of its photos show text: a timetable and a price board)
        f"{ALBUM}/IMG_20250806_101244.jpg": beach_umbrellas_photo,
        f"{ALBUM}/IMG_20250806_183010.jpg": harbour_boats_photo,
        f"{ALBUM}/IMG_20250807_152233.jpg": ice_cream_photo,
        f"{ALBUM}/IMG_20250809_114501.jpg": alpine_lake_photo,
        f"{ALBUM}/IMG_20250809_213318.jpg": campfire_photo,
        f"{ALBUM}/IMG_20250810_090512.jpg": ferry_timetable_photo,
        f"{ALBUM}/IMG_20250811_081947.jpg": bakery_board_photo,
        f"{ALBUM}/IMG_20250812_170422.jpg": dog_beach_photo,
    }
    return save_images(HERE, text_images | photos)


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=165, max_seconds=MAX_SECONDS), MAX_BYTES)
