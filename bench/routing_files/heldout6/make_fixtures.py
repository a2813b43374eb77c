"""Recreate the fixture files used by the sixth held-out routing set (bench/routing_heldout6/).

Run from the repo root with the project venv (needs Pillow with WebP support, numpy and scikit-image,
plus the ``espeak-ng`` and ``ffmpeg`` commands, e.g. ``apt-get install espeak-ng ffmpeg fonts-liberation``):

    .venv/bin/python bench/routing_files/heldout6/make_fixtures.py

The helpers (fonts, text, photo effects, espeak-ng/ffmpeg audio) are shared with the other
generators, in ../fixture_kit.py.

Everything is generated from scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow (DejaVu fonts, Liberation where installed) and really contain
  their text; the ``.jpg``/``.jpeg``/``.JPG`` ones are "photographed" (on a table, a wall or a door:
  slight rotation, blur, seeded noise);
* the photos are scikit-image's bundled sample photos (``rocket``, ``hubble_deep_field``, ``retina``,
  ``brick`` as a wall texture), cropped and recoloured, or scenes drawn with Pillow plus seeded noise
  and blur;
* audio is synthesized with espeak-ng and re-encoded with ffmpeg (bitexact) to mono 16 kHz
  (8 kHz for the lossless .flac / .wav), in several containers (.opus, .webm, .aac, .m4a, .ogg,
  .mp3, .flac, .wav), each clip under 13 s.

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

HERE = Path(__file__).resolve().parent
MAX_BYTES = 200_000
MAX_SECONDS = 13.0
ALBUM = "roadtrip_schottland"


# --------------------------------------------------------------------------- images with text


def lift_notice() -> Image.Image:  # PXL_20251112_083301.jpg (a notice taped to a lift door)
    doc = Image.new("RGB", (270, 320), "white")
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 270, 50], fill=(230, 180, 0))
    draw_lines(doc, (20, 10), ["LIFT OUT OF", "ORDER"], font(BOLD, 16), gap=2)
    draw_lines(doc, (16, 66), ["Maple Court, Block B", "", "The lift is out of service", "from Wed 12 November.",
                               "An engineer is booked for", "Thursday 20 November.", "", "Please use the stairs.",
                               "Help with shopping or", "deliveries: call the concierge", "on 020 7946 0321."],
               font(SANS, 13), gap=4)
    draw_lines(doc, (16, 296), ["- Building Management"], font(HAND, 13))
    return photographed(doc, 101, angle=-2.5, bg=(150, 155, 160), pad=30)


def family_chat() -> Image.Image:  # Screenshot_2025-11-14-22-10-05-123_com.whatsapp.png
    img = Image.new("RGB", (300, 540), (236, 229, 221))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 300, 22], fill=(7, 80, 72))
    draw_lines(img, (10, 4), ["22:10"], font(SANS, 11), fill="white")
    draw_lines(img, (236, 4), ["4G 61%"], font(SANS, 11), fill="white")
    d.rectangle([0, 22, 300, 70], fill=(7, 94, 84))
    draw_lines(img, (14, 28), ["Family \u2764\ufe0f"], font(BOLD, 15), fill="white")
    draw_lines(img, (14, 50), ["Mum, Dad, Ellie, You"], font(SANS, 10), fill=(210, 235, 230))
    f = font(SANS, 12)
    msgs = [
        ("Mum", ["Sunday lunch is at 1pm at", "Nana's. Dad is bringing the roast."], False),
        ("Ellie", ["I'll bring dessert.", "Tiramisu ok?"], False),
        ("Mum", ["Perfect! And don't forget", "Nana's birthday card!!"], False),
        ("You", ["I'll pick up Ellie at 12:15"], True),
        ("Dad", ["Parking is on Mill Lane,", "the drive is blocked."], False),
    ]
    y = 82
    for who, lines, mine in msgs:
        w = max(max(d.textlength(s, font=f) for s in lines), d.textlength(who, font=f)) + 20
        h = (len(lines) + 1) * 17 + 10
        x0 = 290 - w if mine else 10
        d.rounded_rectangle([x0, y, x0 + w, y + h], radius=8, fill=(220, 248, 198) if mine else "white")
        draw_lines(img, (x0 + 10, y + 5), [who], font(BOLD, 11), fill=(200, 90, 30))
        draw_lines(img, (x0 + 10, y + 22), lines, f, fill=(20, 20, 20), gap=4)
        y += h + 10
    d.rectangle([0, 500, 300, 540], fill=(245, 245, 245))
    draw_lines(img, (16, 512), ["Message"], f, fill=(150, 150, 150))
    return img


def sncf_booking_fr() -> Image.Image:  # Capture d’écran 2025-11-13 à 09.41.07.png (a French macOS screenshot)
    img = Image.new("RGB", (480, 300), (250, 250, 252))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 480, 42], fill=(20, 30, 80))
    draw_lines(img, (16, 11), ["Confirmation de votre réservation"], font(BOLD, 16), fill="white")
    draw_lines(img, (16, 56), ["Bonjour Mathilde,", "Votre voyage est confirmé. Bon voyage !"], font(SANS, 13), gap=5)
    d.rounded_rectangle([16, 104, 464, 232], radius=8, fill="white", outline=(190, 190, 210))
    draw_lines(img, (30, 114), ["Sam. 22/11/2025   TGV INOUI 6611"], font(BOLD, 14))
    draw_lines(img, (30, 140), ["07:56  Paris Gare de Lyon", "11:14  Marseille St-Charles",
                                "Voiture 14  \u00b7  Place 82 (fenêtre, 2de classe)", "Prix : 49,00 \u20ac"],
               font(SANS, 13), gap=6)
    draw_lines(img, (16, 246), ["Référence dossier : QXKT7P", "Billet à présenter sur l'appli SNCF Connect."],
               font(SANS, 12), fill=(70, 70, 90), gap=5)
    return img


def hospital_letter() -> Image.Image:  # Scan_20251117.jpeg (greyscale flatbed scan)
    img = Image.new("RGB", (420, 480), "white")
    d = ImageDraw.Draw(img)
    draw_lines(img, (24, 20), ["ST ANNE'S HOSPITAL"], font(SERIF_BOLD, 19))
    draw_lines(img, (24, 46), ["Outpatient Department  \u00b7  Bookings 0161 496 0842"], font(SANS, 10), fill=(70, 70, 70))
    d.line([24, 64, 396, 64], fill="black")
    draw_lines(img, (24, 76), ["Mr D. Okafor", "12 Birch Lane", "Manchester M20 4QT"], font(SERIF, 13), gap=3)
    draw_lines(img, (290, 76), ["14 November 2025"], font(SERIF, 12))
    draw_lines(img, (24, 140), ["Your outpatient appointment"], font(SERIF_BOLD, 15))
    draw_lines(img, (24, 170), ["Dear Mr Okafor,", "", "You have an appointment at the Dermatology clinic:", "",
                                "   Tuesday 2 December 2025 at 14:20", "   Clinic 4B, Level 2, East Wing", "",
                                "Please arrive 15 minutes early and bring a list", "of your current medication.",
                                "If you cannot attend, call us at least 48 hours", "before your appointment.", "",
                                "Outpatient Bookings Team"], font(SERIF, 13), gap=4)
    return img.convert("L").filter(ImageFilter.GaussianBlur(0.45)).convert("RGB")


def recipe_card() -> Image.Image:  # received_1049382716654.jpeg (a handwritten card, photographed)
    doc = Image.new("RGB", (290, 250), (252, 246, 228))
    d = ImageDraw.Draw(doc)
    for y in range(50, 250, 22):
        d.line([10, y, 280, y], fill=(170, 200, 230))
    d.line([34, 0, 34, 250], fill=(230, 150, 150))
    f = font(HAND, 17)
    draw_lines(doc, (44, 14), ["Gran's pancakes"], font(HAND_BOLD, 21), fill=(30, 40, 110))
    draw_lines(doc, (44, 52), ["200 g plain flour", "2 eggs", "300 ml milk", "pinch of salt, 1 tbsp sugar",
                               "whisk, rest 30 min", "hot pan, a little butter!"], f, fill=(30, 40, 110), gap=5)
    return photographed(doc, 102, angle=3.5, bg=(120, 90, 60), pad=26)


def pay_display_sign() -> Image.Image:  # IMG_0087.JPG (a parking sign on a post, photographed)
    img = gradient((300, 360), (150, 180, 215), (200, 215, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 280, 300, 360], fill=(120, 120, 118))
    d.rectangle([142, 250, 158, 360], fill=(100, 100, 105))  # the post
    d.rectangle([40, 20, 260, 260], fill="white", outline=(0, 60, 150), width=6)
    d.rectangle([46, 26, 254, 74], fill=(0, 60, 150))
    draw_lines(img, (64, 34), ["P  PAY & DISPLAY"], font(BOLD, 19), fill="white")
    draw_lines(img, (58, 86), ["Mon - Sat  8am - 6pm", "Max stay 2 hours", "\u00a31.60 per hour",
                               "No return within 1 hour", "", "Blue Badge holders", "free, max 3 hours"],
               font(BOLD, 14), fill=(0, 40, 110), gap=7)
    return photo_finish(img, 103, noise=5.0)


def whiteboard() -> Image.Image:  # whiteboard_final_v2.jpg (a whiteboard photographed at an angle)
    doc = Image.new("RGB", (380, 260), (246, 247, 245))
    f = font(MARKER, 17)
    draw_lines(doc, (20, 14), ["Q1 PRIORITIES"], font(MARKER, 22), fill=(20, 60, 170))
    draw_lines(doc, (20, 56), ["1. New onboarding flow  - Priya", "2. Fix billing emails  - Tom",
                               "3. Hire 2 support staff  - Grace", "4. Price page A/B test  - ???"], f, fill=(30, 30, 30), gap=10)
    draw_lines(doc, (20, 206), ["Review: Fri 9 Jan"], font(MARKER, 18), fill=(190, 30, 30))
    d = ImageDraw.Draw(doc)
    d.ellipse([8, 198, 200, 236], outline=(190, 30, 30), width=3)  # "Review" circled
    return photographed(doc, 104, angle=-4.0, bg=(190, 185, 175), pad=20)


def neighbour_note_de() -> Image.Image:  # Zettel_Nachbarn.jpg (a note in the stairwell)
    doc = Image.new("RGB", (270, 300), (255, 253, 240))
    f = font(HAND, 17)
    draw_lines(doc, (18, 14), ["Liebe Nachbarn,"], font(HAND_BOLD, 19))
    draw_lines(doc, (18, 50), ["am Samstag, 22.11., feiern wir", "ab 19 Uhr den 30. Geburtstag", "von Deniz.",
                               "Es könnte etwas lauter werden -", "spätestens um 1 Uhr ist Ruhe!", "",
                               "Sorry & danke!", "Familie Yilmaz, 2. OG"], f, gap=6)
    return photographed(doc, 105, angle=2.0, bg=(205, 200, 190), pad=30)


def electricity_bill_es() -> Image.Image:  # factura_luz.png
    img = Image.new("RGB", (400, 390), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 400, 50], fill=(240, 120, 0))
    draw_lines(img, (18, 13), ["ELÉCTRICA DEL SUR"], font(BOLD, 20), fill="white")
    f = font(SANS, 12)
    draw_lines(img, (18, 62), ["FACTURA DE ELECTRICIDAD", "Nº factura: ES-25-1104-7731", "Nº de contrato: 4420-118-77",
                               "Titular: Marta Jiménez Ruiz", "C/ Feria 23, 2ºB, 41003 Sevilla",
                               "Periodo: 01/10/2025 - 31/10/2025", "Consumo: 212 kWh"], f, gap=5)
    d.rectangle([18, 236, 382, 296], fill=(255, 243, 230), outline=(240, 120, 0))
    draw_lines(img, (30, 244), ["IMPORTE TOTAL: 64,37 \u20ac", "Fecha de cargo: 28/11/2025"], font(BOLD, 16), gap=8)
    draw_lines(img, (18, 312), ["Averías 24 h: 900 101 202", "Atención al cliente: 900 303 404",
                                "electricadelsur.es/area-clientes"], font(SANS, 11), fill=(90, 90, 90), gap=5)
    return img


def waste_calendar_it() -> Image.Image:  # calendario_rifiuti.png
    img = Image.new("RGB", (380, 380), (250, 252, 248))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 380, 56], fill=(30, 120, 60))
    draw_lines(img, (18, 8), ["COMUNE DI PADOVA", "Raccolta differenziata porta a porta"], font(BOLD, 15), fill="white", gap=4)
    rows = [("Lunedì", "UMIDO", (140, 90, 50)), ("Martedì", "CARTA", (40, 90, 200)),
            ("Giovedì", "PLASTICA E LATTINE", (230, 190, 0)), ("Venerdì", "VETRO", (30, 140, 70)),
            ("Sabato", "UMIDO", (140, 90, 50))]
    y = 72
    for day, what, col in rows:
        d.rectangle([18, y, 40, y + 22], fill=col)
        draw_lines(img, (50, y + 2), [f"{day:<10} {what}"], font(MONO_BOLD, 14))
        y += 34
    draw_lines(img, (18, 252), ["Esporre i contenitori entro le ore 6:00", "del giorno di raccolta.",
                                "Mercoledì e domenica: nessuna raccolta.", "Ingombranti su prenotazione: 049 820 4411"],
               font(SANS, 12), fill=(60, 60, 60), gap=6)
    return img


def postnl_card_nl() -> Image.Image:  # PHOTO-2025-11-20-17-42-31.jpg (a missed-delivery card, photographed)
    doc = Image.new("RGB", (300, 220), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, 46], fill=(255, 120, 0))
    draw_lines(doc, (14, 12), ["Sorry, we hebben je gemist!"], font(BOLD, 15), fill="white")
    draw_lines(doc, (14, 58), ["Datum: 20-11   Tijd: 14:05"], font(SANS, 12))
    draw_lines(doc, (14, 84), ["Je pakket ligt bij:"], font(SANS, 12))
    draw_lines(doc, (14, 104), ["de buren, nr. 14"], font(HAND_BOLD, 20), fill=(20, 40, 140))
    draw_lines(doc, (14, 140), ["Ophalen vóór:"], font(SANS, 12))
    draw_lines(doc, (120, 134), ["25 november"], font(HAND_BOLD, 20), fill=(20, 40, 140))
    draw_lines(doc, (14, 180), ["Neem dit kaartje en je ID mee.", "Track & trace: 3SXYZ4471093"], font(SANS, 10), gap=3)
    return photographed(doc, 106, angle=-3.0, bg=(95, 80, 70), pad=26)


def condo_bill_pt() -> Image.Image:  # boleto_condominio.png
    img = Image.new("RGB", (420, 330), "white")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 420, 46], fill=(0, 100, 80))
    draw_lines(img, (16, 12), ["Condomínio Edifício Jacarandá"], font(BOLD, 17), fill="white")
    f = font(SANS, 12)
    draw_lines(img, (16, 60), ["Boleto de cobrança - taxa condominial", "Unidade: Apto 302, Bloco A",
                               "Pagador: Fernanda Lima", "Competência: dezembro/2025"], f, gap=5)
    d.rectangle([16, 150, 404, 206], fill=(232, 246, 240), outline=(0, 100, 80))
    draw_lines(img, (28, 158), ["Vencimento: 10/12/2025", "Valor do documento: R$ 685,40"], font(BOLD, 15), gap=6)
    draw_lines(img, (16, 222), ["Após o vencimento: multa de 2% e juros de 1% ao mês."], font(SANS, 11), gap=4)
    draw_lines(img, (16, 246), ["34191.79001 01043.510047 91020.150008 1 92810000068540"], font(MONO, 11))
    rng = np.random.default_rng(107)
    x = 16
    while x < 400:  # a barcode
        w = int(rng.integers(1, 4))
        d.rectangle([x, 270, x + w - 1, 318], fill="black")
        x += w + int(rng.integers(1, 4))
    return img


def concert_ticket() -> Image.Image:  # Screen Shot 2025-11-16 at 8.03.12 PM.png
    img = Image.new("RGB", (470, 260), (24, 22, 40))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([14, 14, 456, 246], radius=14, fill=(250, 248, 244))
    draw_lines(img, (30, 26), ["E-TICKET"], font(BOLD, 12), fill=(150, 40, 90))
    draw_lines(img, (30, 44), ["Northern Lights Orchestra", "Winter Gala"], font(SERIF_BOLD, 20), fill=(40, 30, 70), gap=2)
    draw_lines(img, (30, 104), ["Saturday 6 December 2025, 7:30 PM", "Doors open 6:45 PM", "Royal Hall, Entrance C",
                                "Stalls  \u00b7  Row F  \u00b7  Seat 14"], font(SANS, 13), gap=6)
    draw_lines(img, (30, 208), ["Ticket ID 88-20417-XK   \u00b7   \u00a342.50"], font(MONO, 12), fill=(80, 80, 80))
    for i in range(0, 100, 4):  # a square code
        for j in range(0, 100, 4):
            if (i * 7 + j * 13 + i * j) % 5 < 2:
                d.rectangle([340 + i, 100 + j, 343 + i, 103 + j], fill="black")
    return img


def jam_jar_photo() -> Image.Image:  # IMG_20251118_194512.jpg (a jar with a handwritten label)
    img = Image.new("RGB", (300, 340), (215, 205, 190))  # kitchen wall
    d = ImageDraw.Draw(img)
    d.rectangle([0, 270, 300, 340], fill=(160, 120, 85))  # worktop
    d.rounded_rectangle([70, 70, 230, 300], radius=20, fill=(110, 20, 50))  # jar full of dark jam
    d.rectangle([78, 40, 222, 76], fill=(200, 30, 30))  # red-and-white checked lid
    for x in range(78, 222, 12):
        for y in range(40, 76, 12):
            if ((x - 78) // 12 + (y - 40) // 12) % 2:
                d.rectangle([x, y, x + 11, y + 11], fill=(245, 245, 240))
    d.rectangle([88, 130, 212, 250], fill=(250, 246, 230))  # label
    draw_lines(img, (96, 136), ["Plum Jam"], font(HAND_BOLD, 20), fill=(60, 20, 40))
    draw_lines(img, (96, 166), ["made 14 Sept 2025", "keep in fridge", "once opened", "best before 09/2026"],
               font(HAND, 13), fill=(40, 30, 30), gap=3)
    return photo_finish(img, 108, noise=5.0)


def sleep_tips() -> Image.Image:  # download.webp (an infographic saved from a website)
    img = Image.new("RGB", (340, 420), (28, 40, 80))
    d = ImageDraw.Draw(img)
    draw_lines(img, (24, 20), ["5 TIPS FOR", "BETTER SLEEP"], font(BOLD, 26), fill=(255, 220, 120), gap=2)
    tips = ["Go to bed at the same time", "No screens 1 hour before bed", "Keep the bedroom cool (18\u00b0C)",
            "No coffee after 2 pm", "Get daylight in the morning"]
    y = 110
    for i, tip in enumerate(tips, 1):
        d.ellipse([24, y, 54, y + 30], fill=(255, 220, 120))
        draw_lines(img, (34, y + 5), [str(i)], font(BOLD, 16), fill=(28, 40, 80))
        draw_lines(img, (66, y + 6), [tip], font(SANS, 14), fill="white")
        y += 52
    draw_lines(img, (24, 388), ["sleepwell-clinic.org"], font(SANS, 11), fill=(170, 180, 210))
    return img


# --------------------------------------------------------------------------- photos


def bicycle_photo() -> Image.Image:  # IMG_0091.JPG (a red bicycle against a brick wall)
    wall = skimage_photo("brick", size=(360, 260))
    img = tint(wall, (1.25, 0.8, 0.65))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 210, 360, 260], fill=(130, 130, 128))  # pavement
    red, dark = (200, 20, 25), (25, 25, 25)
    for cx in (110, 250):
        d.ellipse([cx - 48, 150, cx + 48, 246], outline=dark, width=6)
        d.ellipse([cx - 5, 193, cx + 5, 203], fill=(160, 160, 160))
    d.line([110, 198, 170, 198], fill=red, width=6)  # chain stay
    d.line([110, 198, 150, 140], fill=red, width=6)  # seat stay
    d.line([170, 198, 150, 140], fill=red, width=6)  # seat tube
    d.line([150, 140, 228, 140], fill=red, width=6)  # top tube
    d.line([170, 198, 228, 140], fill=red, width=6)  # down tube
    d.line([228, 140, 250, 198], fill=red, width=6)  # fork
    d.line([228, 140, 222, 118], fill=dark, width=5)
    d.line([210, 116, 236, 116], fill=dark, width=5)  # handlebar
    d.rectangle([136, 128, 164, 136], fill=dark)  # saddle
    return photo_finish(img, 201)


def rocket_photo() -> Image.Image:  # PXL_20251115_161203.jpg
    return skimage_photo("rocket", size=(342, 228))


def hubble_photo() -> Image.Image:  # wallpaper (2).jpg
    return skimage_photo("hubble_deep_field", crop=(0, 0, 600, 450), size=(360, 270))


def sunflower_photo() -> Image.Image:  # DSC09412.JPG
    img = gradient((380, 260), (70, 140, 230), (180, 215, 245))
    d = ImageDraw.Draw(img)
    for cx, cy in ((60, 40), (300, 30)):  # small clouds
        for dx in (0, 22, 44):
            d.ellipse([cx + dx, cy, cx + dx + 40, cy + 26], fill=(250, 250, 252))
    d.rectangle([0, 120, 380, 260], fill=(60, 110, 40))
    rng = np.random.default_rng(202)
    heads = []
    for y0, r in ((120, 7), (140, 10), (168, 15), (205, 22)):
        for x in range(-10, 400, int(r * 2.6)):
            heads.append((x + int(rng.integers(-4, 5)), y0 + int(rng.integers(-4, 5)), r))
    for x, y, r in heads:
        d.line([x, y, x, min(260, y + 4 * r)], fill=(50, 100, 30), width=max(1, r // 4))
        d.ellipse([x - r, y - r, x + r, y + r], fill=(250, 200, 20))
        d.ellipse([x - r // 2, y - r // 2, x + r // 2, y + r // 2], fill=(90, 55, 20))
    return photo_finish(img, 202)


def birthday_cake_photo() -> Image.Image:  # image0.jpeg
    img = Image.new("RGB", (340, 260), (70, 50, 60))  # dim room
    d = ImageDraw.Draw(img)
    d.rectangle([0, 190, 340, 260], fill=(235, 235, 240))  # tablecloth
    d.ellipse([60, 170, 280, 215], fill=(250, 250, 250))  # plate
    d.rectangle([90, 120, 250, 190], fill=(110, 60, 40))  # chocolate cake
    d.ellipse([90, 105, 250, 135], fill=(125, 70, 45))
    d.ellipse([90, 175, 250, 205], fill=(110, 60, 40))
    for i, x in enumerate(range(110, 240, 20)):  # seven candles
        d.rectangle([x, 88, x + 6, 118], fill=[(240, 90, 120), (90, 160, 240), (250, 210, 60)][i % 3])
        d.ellipse([x - 1, 74, x + 7, 90], fill=(255, 200, 60))
        d.ellipse([x + 1, 79, x + 5, 88], fill=(255, 250, 210))
    for x, col in ((20, (240, 90, 120)), (300, (90, 160, 240))):  # balloons
        d.ellipse([x, 20, x + 34, 64], fill=col)
        d.line([x + 17, 64, x + 17, 120], fill=(200, 200, 200))
    return photo_finish(img, 203, noise=7.0)


def retina_photo() -> Image.Image:  # optician_20251110.jpg
    return skimage_photo("retina", size=(300, 300))


def christmas_room_photo() -> Image.Image:  # Zdjęcie0042.jpg
    img = Image.new("RGB", (360, 260), (200, 170, 140))  # warm wall
    d = ImageDraw.Draw(img)
    d.rectangle([0, 200, 360, 260], fill=(120, 80, 50))  # wooden floor
    d.rectangle([20, 120, 170, 210], fill=(80, 90, 120))  # sofa
    d.rectangle([20, 100, 170, 140], fill=(70, 80, 110))
    d.rectangle([40, 110, 70, 140], fill=(200, 60, 60))  # cushion
    d.rectangle([200, 40, 250, 100], fill=(180, 200, 230), outline=(240, 240, 240), width=4)  # window
    d.polygon([(290, 30), (240, 200), (340, 200)], fill=(30, 100, 50))  # christmas tree
    d.rectangle([282, 200, 298, 220], fill=(90, 60, 30))
    d.polygon([(290, 18), (296, 32), (284, 32)], fill=(250, 210, 50))  # star
    rng = np.random.default_rng(204)
    for _ in range(26):  # baubles and lights
        y = int(rng.integers(50, 195))
        half = (y - 30) * 50 // 170
        x = 290 + int(rng.integers(-half, half + 1))
        c = [(230, 40, 40), (250, 210, 50), (240, 240, 250), (60, 120, 230)][int(rng.integers(0, 4))]
        d.ellipse([x - 4, y - 4, x + 4, y + 4], fill=c)
    for x, col in ((250, (200, 30, 40)), (318, (40, 90, 200))):  # presents
        d.rectangle([x, 206, x + 30, 232], fill=col)
        d.line([x + 15, 206, x + 15, 232], fill=(250, 220, 80), width=3)
    return photo_finish(img, 204)


def dashboard_photo() -> Image.Image:  # WhatsApp Image 2025-11-17 at 09.12.44.jpeg (an engine warning light)
    img = Image.new("RGB", (360, 240), (20, 20, 24))
    d = ImageDraw.Draw(img)
    for cx in (90, 270):  # two dials
        d.ellipse([cx - 72, 30, cx + 72, 174], outline=(200, 200, 210), width=3)
        for k in range(9):
            a = np.deg2rad(220 - k * 32.5)
            d.line([cx + 60 * np.cos(a), 102 - 60 * np.sin(a), cx + 70 * np.cos(a), 102 - 70 * np.sin(a)],
                   fill=(230, 230, 235), width=2)
        d.line([cx, 102, cx - 40, 130], fill=(240, 60, 40), width=4)  # needle at rest
        d.ellipse([cx - 6, 96, cx + 6, 108], fill=(120, 120, 120))
    amber = (255, 160, 0)  # the engine / check-engine symbol, lit
    d.rectangle([158, 190, 202, 218], outline=amber, width=4)
    d.rectangle([168, 182, 192, 190], fill=amber)
    d.line([150, 198, 158, 198], fill=amber, width=4)
    d.line([150, 190, 150, 210], fill=amber, width=4)
    d.line([202, 200, 212, 194], fill=amber, width=4)
    d.line([212, 186, 212, 214], fill=amber, width=4)
    glow = Image.new("RGB", img.size, (0, 0, 0))
    ImageDraw.Draw(glow).ellipse([140, 170, 220, 230], fill=(60, 35, 0))
    img = Image.fromarray(np.clip(np.asarray(img).astype(np.int16) + np.asarray(glow.filter(ImageFilter.GaussianBlur(10))), 0, 255).astype(np.uint8))
    return photo_finish(img, 205, noise=8.0, blur=1.0)


def ramen_photo() -> Image.Image:  # foodpic.jpg
    img = Image.new("RGB", (320, 260), (40, 30, 25))  # dark wooden table
    d = ImageDraw.Draw(img)
    d.ellipse([30, 20, 290, 250], fill=(30, 30, 35))  # black bowl
    d.ellipse([48, 36, 272, 234], fill=(205, 150, 80))  # broth
    for k in range(9):  # noodles
        d.arc([70 + k * 6, 90, 210 + k * 6, 210], 200, 340, fill=(245, 225, 160), width=3)
    d.ellipse([90, 60, 140, 110], fill=(245, 245, 235))  # half egg
    d.ellipse([104, 74, 126, 96], fill=(250, 170, 30))
    for x in (170, 196):  # pork slices
        d.ellipse([x, 56, x + 44, 100], fill=(220, 170, 150), outline=(170, 110, 90), width=3)
    d.polygon([(200, 150), (250, 120), (258, 180)], fill=(25, 40, 30))  # nori
    rng = np.random.default_rng(206)
    for _ in range(30):  # spring onion
        x, y = int(rng.integers(90, 230)), int(rng.integers(110, 200))
        d.ellipse([x, y, x + 6, y + 6], fill=(90, 180, 70))
    d.line([260, 10, 200, 230], fill=(190, 150, 100), width=5)  # chopsticks
    d.line([272, 12, 214, 232], fill=(190, 150, 100), width=5)
    return photo_finish(img, 206)


# the trip album: six scenes and three photos that show text ------------------------------------


def castle_photo() -> Image.Image:  # DSC_7701.JPG
    img = gradient((360, 240), (150, 170, 195), (215, 220, 225))  # grey Scottish sky
    d = ImageDraw.Draw(img)
    d.polygon([(0, 240), (0, 170), (120, 120), (260, 130), (360, 180), (360, 240)], fill=(70, 100, 55))  # hill
    stone = (120, 115, 105)
    d.rectangle([120, 70, 250, 135], fill=stone)
    for x in (110, 240):
        d.rectangle([x, 50, x + 26, 135], fill=stone)
        for k in range(3):
            d.rectangle([x + k * 10, 42, x + k * 10 + 6, 50], fill=stone)
    for k in range(12):
        d.rectangle([124 + k * 11, 62, 130 + k * 11, 70], fill=stone)
    for x in (140, 175, 210):
        d.rectangle([x, 88, x + 8, 104], fill=(40, 40, 45))
    d.rectangle([178, 112, 196, 135], fill=(50, 40, 35))  # gate
    d.rectangle([0, 200, 360, 240], fill=(60, 90, 130))  # loch in front
    return photo_finish(img, 301)


def highland_cow_photo() -> Image.Image:  # DSC_7702.JPG
    img = gradient((360, 240), (170, 190, 215), (220, 225, 230))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 150), (140, 90), (360, 140), (360, 240), (0, 240)], fill=(110, 120, 80))
    d.rectangle([0, 170, 360, 240], fill=(90, 120, 50))
    coat = (170, 90, 40)
    d.ellipse([90, 110, 260, 190], fill=coat)  # body
    for x in (110, 140, 210, 235):
        d.rectangle([x, 175, x + 14, 222], fill=(140, 70, 30))
    d.ellipse([230, 100, 300, 165], fill=coat)  # head with a shaggy fringe
    rng = np.random.default_rng(302)
    for _ in range(140):
        x, y = int(rng.integers(95, 295)), int(rng.integers(102, 185))
        d.line([x, y, x + int(rng.integers(-4, 5)), y + 10], fill=(195, 115, 55), width=2)
    d.arc([205, 80, 255, 120], 180, 300, fill=(235, 225, 200), width=6)  # horns
    d.arc([275, 80, 325, 120], 240, 360, fill=(235, 225, 200), width=6)
    d.ellipse([255, 145, 285, 165], fill=(90, 50, 35))  # nose
    return photo_finish(img, 302)


def loch_photo() -> Image.Image:  # DSC_7703.JPG (a sunny afternoon)
    img = gradient((360, 240), (60, 130, 225), (170, 210, 245))
    d = ImageDraw.Draw(img)
    d.ellipse([290, 20, 330, 60], fill=(255, 240, 170))  # sun
    d.polygon([(0, 130), (80, 70), (150, 110), (230, 60), (360, 125)], fill=(80, 110, 80))
    d.rectangle([0, 125, 360, 240], fill=(40, 100, 160))
    for y in range(135, 240, 12):
        d.line([0, y, 360, y + 2], fill=(80, 140, 190), width=1)
    d.polygon([(140, 180), (220, 180), (208, 196), (152, 196)], fill=(200, 60, 40))  # red rowing boat
    d.line([150, 186, 120, 200], fill=(120, 90, 60), width=3)
    d.line([210, 186, 240, 200], fill=(120, 90, 60), width=3)
    return photo_finish(img, 303)


def distillery_sign_photo() -> Image.Image:  # DSC_7704.JPG
    img = gradient((360, 270), (160, 175, 190), (205, 210, 215))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 200, 360, 270], fill=(95, 90, 85))
    d.rectangle([0, 60, 360, 200], fill=(225, 222, 210))  # whitewashed building
    for x in (20, 300):
        d.rectangle([x, 90, x + 36, 140], fill=(40, 50, 60))
    d.rectangle([70, 20, 290, 190], fill=(20, 50, 40), outline=(190, 160, 80), width=5)  # green board, gold frame
    draw_lines(img, (90, 30), ["GLENBRAE", "DISTILLERY"], font(SERIF_BOLD, 20), fill=(230, 200, 110), gap=0)
    draw_lines(img, (88, 86), ["Tours daily: 10:00, 12:00,", "14:00 and 16:00", "Adults \u00a315  \u00b7  Under 18 free",
                               "Shop & café 9:30 - 17:30"], font(SANS, 12), fill=(240, 240, 230), gap=6)
    return photo_finish(img, 304)


def road_sign_photo() -> Image.Image:  # DSC_7705.JPG
    img = gradient((360, 240), (140, 165, 200), (210, 215, 225))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 150), (120, 100), (360, 140), (360, 240), (0, 240)], fill=(120, 100, 70))  # heather hills
    d.polygon([(150, 240), (190, 150), (200, 150), (260, 240)], fill=(70, 70, 72))  # single-track road
    d.rectangle([64, 120, 70, 230], fill=(150, 150, 150))
    d.rectangle([10, 30, 130, 126], fill="white", outline="black", width=3)
    draw_lines(img, (18, 38), ["SINGLE", "TRACK ROAD", "with", "passing places"], font(BOLD, 13), gap=3)
    d.rectangle([250, 120, 256, 210], fill=(150, 150, 150))
    d.rectangle([220, 80, 290, 124], fill="white", outline="black", width=2)
    draw_lines(img, (226, 92), ["Passing", "Place"], font(BOLD, 11), gap=1)
    return photo_finish(img, 305)


def fish_and_chips_photo() -> Image.Image:  # DSC_7706.JPG
    img = Image.new("RGB", (340, 240), (90, 70, 55))  # a wooden bench
    d = ImageDraw.Draw(img)
    for y in range(0, 240, 30):
        d.line([0, y, 340, y], fill=(70, 55, 45), width=3)
    d.polygon([(40, 30), (300, 20), (320, 220), (30, 225)], fill=(240, 238, 230))  # paper
    d.ellipse([70, 60, 230, 130], fill=(215, 150, 60))  # battered fish
    rng = np.random.default_rng(306)
    for _ in range(26):  # chips
        x, y = int(rng.integers(80, 260)), int(rng.integers(130, 200))
        d.rectangle([x, y, x + 36, y + 8], fill=(240, 200, 100), outline=(210, 160, 70))
    d.polygon([(240, 60), (280, 80), (250, 100)], fill=(250, 240, 120))  # lemon wedge
    d.ellipse([250, 120, 290, 150], fill=(100, 170, 70))  # mushy peas
    return photo_finish(img, 306)


def rainbow_photo() -> Image.Image:  # DSC_7707.JPG
    img = gradient((360, 240), (110, 120, 140), (190, 200, 210))
    d = ImageDraw.Draw(img)
    for i, c in enumerate([(230, 60, 60), (240, 150, 50), (240, 230, 80), (80, 180, 80), (70, 110, 220), (130, 80, 180)]):
        d.arc([40 + i * 6, 40 + i * 6, 320 - i * 6, 320 - i * 6], 180, 360, fill=c, width=6)
    d.polygon([(0, 170), (100, 120), (200, 150), (300, 110), (360, 140), (360, 240), (0, 240)], fill=(70, 110, 60))
    rng = np.random.default_rng(307)
    for _ in range(9):  # sheep
        x, y = int(rng.integers(20, 330)), int(rng.integers(175, 225))
        d.ellipse([x, y, x + 22, y + 14], fill=(240, 240, 235))
        d.ellipse([x + 18, y + 2, x + 26, y + 10], fill=(40, 40, 40))
    return photo_finish(img, 307)


def pub_menu_photo() -> Image.Image:  # DSC_7708.JPG
    img = Image.new("RGB", (340, 290), (120, 95, 70))
    d = ImageDraw.Draw(img)
    d.rectangle([30, 14, 310, 278], fill=(80, 55, 35))
    d.rectangle([40, 24, 300, 268], fill=(30, 34, 32))  # chalkboard
    draw_lines(img, (70, 30), ["The Drovers Inn"], font(HAND_BOLD, 24), fill=(245, 245, 235))
    draw_lines(img, (52, 76), ["Cullen skink .......... \u00a37.95", "Haggis, neeps & tatties \u00a314.50",
                               "Fish & chips .......... \u00a315.00", "Venison pie ........... \u00a317.25",
                               "Sticky toffee pudding  \u00a36.50"], font(HAND, 15), fill=(240, 240, 225), gap=10)
    draw_lines(img, (70, 240), ["Food served 12 - 9pm"], font(HAND, 14), fill=(250, 220, 120))
    return photo_finish(img, 308, noise=5.0)


# --------------------------------------------------------------------------- audio

# name: list of (espeak voice, text) turns; several turns are joined with 0.5 s of silence
SPEECH = {
    "Voice 003.m4a": [
        ("en-us", "Reminder for Thursday. Return the library books, pick up the dry cleaning, "
                  "and book the M O T for the van."),
    ],
    "AUD-20251118-WA0021.opus": [
        ("en-gb+f3", "Hi love, it's Auntie Val. The party on Saturday starts at seven, not six. "
                     "Bring a salad if you can, and tell Tom the parking is round the back."),
    ],
    "voice-message-2025-11-19.webm": [
        ("en-us+m3", "Hi, this is Greg from Apex Plumbing. I can come on Wednesday between two and four "
                     "to look at the leaking radiator. Text me back to confirm."),
    ],
    "recording_20251120_0812.aac": [
        ("en-us+f2", "Notes from the call with the recruiter. The second interview is on the twenty fifth at eleven, "
                     "on video. Prepare a five minute presentation about a project you led."),
    ],
    "250117_0033.wav": [
        ("en-gb+m3", "So, what did everyone think of the ending?"),
        ("en-us+f3", "Honestly, I found it rushed. The last chapter felt like a different book."),
        ("en-gb+f2", "I loved it. Next month let's read something shorter."),
    ],
    "DS450012.MP3": [
        ("en-gb+m1", "Today's topic is photosynthesis. Plants turn light, water and carbon dioxide "
                     "into glucose and oxygen, mostly in the leaves."),
    ],
    "Mailbox_Hausverwaltung.mp3": [
        ("de+f3", "Guten Tag, hier spricht Frau Berger von der Hausverwaltung. Am Montag wird ab acht Uhr "
                  "das Treppenhaus gestrichen. Bitte stellen Sie keine Schuhe vor die Tür."),
    ],
    "vocal_maman_1911.opus": [
        ("fr-fr+f3", "Coucou, c'est maman. Mon train arrive à dix-sept heures quarante à la gare de Lyon. "
                     "Tu peux venir me chercher ? Bisous."),
    ],
    "AUD-20251115-WA0004.m4a": [
        ("es+f3", "Hola, soy Lucía, del gimnasio. La clase de spinning del jueves se cancela, "
                  "pero el sábado hay una clase extra a las diez."),
    ],
    "riunione_condominio.flac": [
        ("it", "Si comunica che la riunione di condominio è fissata per martedì alle ventuno, nella sala al piano terra. "
               "All'ordine del giorno: la sostituzione dell'ascensore."),
    ],
    "inspreekbericht_0311.mp3": [
        ("nl+f3", "Hallo, met tandartspraktijk Van Dijk. Uw afspraak van vrijdag is verzet naar maandag "
                  "om kwart over negen. Bel ons als dat niet uitkomt."),
    ],
    "mensagem_senhorio.ogg": [
        ("pt-br+m3", "Olá, aqui é o Paulo, o proprietário. O aluguel deste mês pode ser pago até o dia dez. "
                     "A chave reserva está com a vizinha do térreo."),
    ],
    "untitled.wav": [
        ("en-gb+m3", "Practice run of my best man speech. I've known James for twenty years, "
                     "since we were both terrible at football. Please raise your glasses to James and Aisha."),
    ],
    "nagranie_babcia.ogg": [
        ("pl", "Cześć kochanie, tu babcia. W niedzielę robię pierogi. Przyjdź na obiad o drugiej."),
    ],
    "ep47_clip_final.mp3": [
        ("en-us+m2", "On today's episode: why your phone photos look flat. Tip one, tap to set the exposure "
                     "on the brightest part of the scene."),
        ("en-us+f4", "And turn off the flash indoors. Use light from a window instead."),
    ],
}


def make_images() -> list[Path]:
    out = save_images(HERE, {
        "Screenshot_2025-11-14-22-10-05-123_com.whatsapp.png": family_chat,
        "Capture d\u2019écran 2025-11-13 à 09.41.07.png": sncf_booking_fr,
        "factura_luz.png": electricity_bill_es,
        "calendario_rifiuti.png": waste_calendar_it,
        "boleto_condominio.png": condo_bill_pt,
        "Screen Shot 2025-11-16 at 8.03.12 PM.png": concert_ticket,
    })
    sleep_tips().save(HERE / "download.webp", quality=80, method=6)
    out.append(HERE / "download.webp")
    return out + save_images(HERE, {
        # photographed or scanned text
        "PXL_20251112_083301.jpg": lift_notice,
        "Scan_20251117.jpeg": hospital_letter,
        "received_1049382716654.jpeg": recipe_card,
        "IMG_0087.JPG": pay_display_sign,
        "whiteboard_final_v2.jpg": whiteboard,
        "Zettel_Nachbarn.jpg": neighbour_note_de,
        "PHOTO-2025-11-20-17-42-31.jpg": postnl_card_nl,
        "IMG_20251118_194512.jpg": jam_jar_photo,
        # photos without (meaningful) text
        "IMG_0091.JPG": bicycle_photo,
        "PXL_20251115_161203.jpg": rocket_photo,
        "wallpaper (2).jpg": hubble_photo,
        "DSC09412.JPG": sunflower_photo,
        "image0.jpeg": birthday_cake_photo,
        "optician_20251110.jpg": retina_photo,
        "Zdj\u0119cie0042.jpg": christmas_room_photo,
        "WhatsApp Image 2025-11-17 at 09.12.44.jpeg": dashboard_photo,
        "foodpic.jpg": ramen_photo,
        # the road-trip album for search (three of its photos show text: a distillery board, road signs, a pub menu)
        f"{ALBUM}/DSC_7701.JPG": castle_photo,
        f"{ALBUM}/DSC_7702.JPG": highland_cow_photo,
        f"{ALBUM}/DSC_7703.JPG": loch_photo,
        f"{ALBUM}/DSC_7704.JPG": distillery_sign_photo,
        f"{ALBUM}/DSC_7705.JPG": road_sign_photo,
        f"{ALBUM}/DSC_7706.JPG": fish_and_chips_photo,
        f"{ALBUM}/DSC_7707.JPG": rainbow_photo,
        f"{ALBUM}/DSC_7708.JPG": pub_menu_photo,
    })


if __name__ == "__main__":
    report(make_images() + synthesize(SPEECH, HERE, speed=170, max_seconds=MAX_SECONDS), MAX_BYTES)
