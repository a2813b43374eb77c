"""Generate the fixture files of the eighteenth held-out routing set (bench/routing_heldout18/).

Run from the repo root (or by absolute path from anywhere):

    .venv/bin/python bench/routing_files/heldout18/make_fixtures.py

Needs Pillow, numpy and scikit-image (only its bundled sample photos: nothing is downloaded), plus
espeak-ng and ffmpeg on PATH.  Everything is drawn or synthesized deterministically with the shared
helpers in ``bench/routing_files/fixture_kit.py``, so a rerun reproduces the committed files byte for
byte.  Every file stays under 300 KB.

Contents: ten voice recordings (English, German, Italian, French, Spanish, Dutch, Brazilian Portuguese)
with recorder, phone and messenger default names; twelve text images (screenshots, photographed notices,
a scanned letter, a handwritten note, a receipt); three real photos from scikit-image's samples; and the
album ``dolomiti_2026/`` of five drawn holiday photos, one of them a price board (text).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # fixture_kit lives in bench/routing_files/

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
from PIL import Image, ImageDraw  # noqa: E402

MAX_BYTES = 300_000

# --------------------------------------------------------------------------- audio

# the one PCM .wav (8 kHz, 16 bit: 16 KB a second) must stay short to stay under 300 KB
WAV_SPEECH = {
    "ZOOM0007.WAV": [
        ("en-gb", "Right, everyone. The winter concert is Saturday the nineteenth of December, "
                  "half past seven, at Saint Mary's church."),
        ("en-gb-scotland", "Black clothes and a red scarf. Tickets are eight pounds."),
        ("en-gb", "And the extra rehearsal is on Wednesday at seven, not Thursday."),
    ],
}

SPEECH = {
    "Recording (14).m4a": [
        ("en-gb", "Hi, it's Gareth from Hale Heating. Just confirming your boiler service for Tuesday the "
                  "eighth of December, between eight and ten in the morning. It's eighty five pounds, payable "
                  "on the day. Could you please clear the cupboard around the boiler before I arrive? Cheers."),
    ],
    "New Recording 23.m4a": [
        ("en-us", "Note to self. Biscuit's vet appointment is Thursday, December tenth, at four forty p.m., "
                  "at Maple Street Vets. It's his yearly booster shot, so no need to skip breakfast. "
                  "Pick up flea drops on the way home, and ask about his itchy left ear."),
    ],
    "REC003.MP3": [
        ("en-us", "Hey, it's Dave, your landlord. Heads up: the rent goes up to eleven hundred and fifty "
                  "dollars from January first. The gutters get cleaned this Friday, so please move your car "
                  "off the driveway. Oh, and trash pickup is on Mondays now."),
    ],
    "PTT-20261128-WA0003.opus": [
        ("pt-br", "Oi, é o Thiago. O churrasco vai ser no domingo, dia treze, à uma da tarde, lá em casa. "
                  "Traz gelo e carvão, que a carne é por minha conta. Se fizer calor, leva roupa de banho, "
                  "porque a piscina está limpa."),
    ],
    "Neue Aufnahme 8.m4a": [
        ("de", "Guten Tag, hier ist die Praxis Doktor Wendt. Ihre Blutwerte sind in Ordnung, nur das "
               "Vitamin D ist etwas niedrig. Das Rezept liegt in der Apotheke am Markt für Sie bereit. "
               "Ihr nächster Termin ist am Montag, dem vierzehnten Dezember, um neun Uhr zwanzig."),
    ],
    "Nuova registrazione 12.m4a": [
        ("it", "Ciao, sono Marco dell'amministrazione. L'assemblea condominiale è giovedì diciassette "
               "dicembre alle ventuno, nella sala al piano terra. Si vota il rifacimento della facciata, "
               "circa duecentoquaranta euro a famiglia. Se non puoi venire, lascia una delega."),
    ],
    "signal-2026-11-30-091402.aac": [
        ("fr", "Bonjour, c'est Élodie. Désolée, je ne peux pas garder les enfants vendredi soir. Ma sœur "
               "Manon peut venir à ma place, à dix-neuf heures. Elle prend douze euros de l'heure. "
               "Je vous envoie son numéro par message."),
    ],
    "Nueva grabación 4.m4a": [
        ("es", "Hola, soy Pablo, de Mudanzas Ebro. Le confirmo la mudanza para el miércoles dieciséis de "
               "diciembre. El camión llega a las ocho de la mañana. El precio cerrado es de trescientos "
               "noventa euros. Por favor, meta los libros en cajas pequeñas."),
    ],
    "Mijn opname 17.m4a": [
        ("nl", "Hoi, met Joost van de ijsbaan. De schaatsles van zaterdag gaat niet door, want de baan is "
               "in onderhoud. We schuiven op naar zondag twintig december, om half tien. "
               "Neem handschoenen en een muts mee."),
    ],
}

# --------------------------------------------------------------------------- drawing helpers


def window(size, title: str, bar=(236, 236, 236), body=(255, 255, 255),
           buttons: bool = False) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    """A desktop app or browser window with a title bar (``buttons``: macOS's three window buttons in it)."""
    img = Image.new("RGB", size, body)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, size[0], 34], fill=bar)
    d.text((84, 9), title, fill=(60, 60, 60), font=font(SANS, 14))
    if buttons:
        for i, c in enumerate(((255, 95, 86), (255, 189, 46), (39, 201, 63))):
            d.ellipse([10 + i * 20, 11, 22 + i * 20, 23], fill=c)
    return img, d


def phone_status(img: Image.Image, time: str, dark: bool = False) -> None:
    d = ImageDraw.Draw(img)
    col = (240, 240, 240) if dark else (30, 30, 30)
    d.text((20, 10), time, fill=col, font=font(BOLD, 16))
    d.text((img.width - 90, 10), "5G  82%", fill=col, font=font(SANS, 15))


def train_ticket() -> Image.Image:
    img, d = window((760, 470), "Northline Rail - My tickets")
    # Windows-style caption buttons
    for i, x in enumerate((680, 710, 740)):
        d.text((x, 8), ("_", "[]", "X")[i], fill=(90, 90, 90), font=font(SANS, 13))
    d.rectangle([0, 35, 760, 90], fill=(18, 64, 120))
    d.text((28, 50), "Your e-ticket", fill="white", font=font(BOLD, 26))
    y = draw_lines(img, (30, 110), ["London Euston  \u2192  Manchester Piccadilly"], font(BOLD, 24), fill=(20, 20, 20))
    y = draw_lines(img, (30, y + 10), [
        "Saturday 12 December 2026",
        "Departs 09:43   Arrives 11:52   (direct)",
        "Coach C, Seat 42 (window, forward facing)",
        "Advance Single, Standard class",
    ], font(SANS, 19), fill=(40, 40, 40), gap=10)
    d.line([30, y + 8, 730, y + 8], fill=(200, 200, 200), width=2)
    draw_lines(img, (30, y + 24), ["Price paid: \u00a338.60", "Booking reference: NRT-5KQ7W"],
               font(BOLD, 20), fill=(18, 64, 120), gap=10)
    d.rectangle([560, 330, 720, 440], outline=(30, 30, 30), width=3)
    for i in range(8):
        for j in range(5):
            if (i * 3 + j * 5) % 4:
                d.rectangle([570 + i * 18, 340 + j * 19, 582 + i * 18, 352 + j * 19], fill=(30, 30, 30))
    return img


def library_loans() -> Image.Image:
    img, d = window((780, 500), "Greenhill Library \u2013 My account", bar=(225, 225, 228), buttons=True)
    d.text((30, 52), "Greenhill Library", fill=(0, 102, 90), font=font(BOLD, 28))
    d.text((30, 92), "My loans (3)", fill=(30, 30, 30), font=font(BOLD, 20))
    rows = [
        ("The Salt Road", "due Tue 8 Dec"),
        ("Atlas of Remote Islands", "due Tue 15 Dec"),
        ("Knitting for Beginners", "OVERDUE since 1 Dec - fine \u00a30.90"),
    ]
    y = 130
    for title, due in rows:
        d.rectangle([30, y, 750, y + 48], outline=(210, 210, 210))
        d.text((44, y + 13), title, fill=(20, 20, 20), font=font(SANS, 18))
        d.text((400, y + 13), due, fill=(170, 30, 30) if "OVERDUE" in due else (60, 60, 60), font=font(SANS, 18))
        y += 58
    d.text((30, y + 20), "Reservations", fill=(30, 30, 30), font=font(BOLD, 20))
    d.rectangle([30, y + 56, 750, y + 130], fill=(232, 246, 240))
    draw_lines(img, (44, y + 66), ["'The Winter Garden' is ready to collect", "Collect by Wednesday 9 December"],
               font(SANS, 18), fill=(0, 80, 60), gap=8)
    return img


def boarding_pass() -> Image.Image:
    img = Image.new("RGB", (430, 860), (245, 245, 247))
    phone_status(img, "11:58")
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([20, 50, 410, 820], radius=22, fill="white", outline=(220, 220, 220))
    d.rounded_rectangle([20, 50, 410, 140], radius=22, fill=(250, 200, 0))
    d.text((40, 70), "Vela Air", fill=(30, 30, 30), font=font(BOLD, 28))
    d.text((40, 106), "BOARDING PASS", fill=(30, 30, 30), font=font(SANS, 16))
    d.text((40, 165), "BCN", fill=(20, 20, 20), font=font(BOLD, 44))
    d.text((290, 165), "AMS", fill=(20, 20, 20), font=font(BOLD, 44))
    d.text((40, 218), "Barcelona", fill=(90, 90, 90), font=font(SANS, 15))
    d.text((290, 218), "Amsterdam", fill=(90, 90, 90), font=font(SANS, 15))
    d.text((180, 175), "\u2192", fill=(90, 90, 90), font=font(SANS, 34))
    d.text((40, 262), "Passenger", fill=(120, 120, 120), font=font(SANS, 14))
    d.text((40, 282), "MARTIN / CLAIRE", fill=(20, 20, 20), font=font(BOLD, 20))
    fields = [("Flight", "VA 8311"), ("Date", "Fri 18 Dec 2026"),
              ("Boarding", "13:05"), ("Departure", "13:40"), ("Gate", "B47"), ("Seat", "17C"), ("Group", "3")]
    y = 325
    for i, (k, v) in enumerate(fields):
        x = 40 if i % 2 == 0 else 215
        d.text((x, y), k, fill=(120, 120, 120), font=font(SANS, 14))
        d.text((x, y + 20), v, fill=(20, 20, 20), font=font(BOLD, 20))
        if i % 2:
            y += 62
    d.text((40, y + 72), "Gate closes 20 minutes before departure.", fill=(170, 30, 30), font=font(SANS, 14))
    for i in range(21):
        for j in range(21):
            if (i * 7 + j * 11 + i * j) % 3 == 0:
                d.rectangle([120 + i * 9, 620 + j * 9, 128 + i * 9, 628 + j * 9], fill=(20, 20, 20))
    return img


def electricity_bill() -> Image.Image:
    img, d = window((780, 480), "Luz Norte \u2013 Área de cliente", bar=(240, 240, 240))
    d.rectangle([0, 35, 780, 95], fill=(0, 122, 94))
    d.text((28, 50), "Fatura de eletricidade", fill="white", font=font(BOLD, 26))
    y = draw_lines(img, (30, 115), [
        "Cliente: Ana Ribeiro \u2013 Rua das Flores 27, Porto",
        "Período: 15/10/2026 a 14/11/2026",
        "Consumo: 212 kWh",
    ], font(SANS, 19), fill=(40, 40, 40), gap=10)
    d.rectangle([30, y + 10, 750, y + 90], fill=(235, 247, 242))
    d.text((46, y + 22), "Valor a pagar: 67,42 \u20ac", fill=(0, 90, 70), font=font(BOLD, 26))
    d.text((46, y + 58), "Data limite de pagamento: 10/12/2026", fill=(0, 90, 70), font=font(SANS, 18))
    draw_lines(img, (30, y + 110), [
        "Pagamento por Multibanco:",
        "Entidade 21874   Referência 553 901 226",
        "Débito direto: não ativo",
    ], font(SANS, 18), fill=(40, 40, 40), gap=8)
    return img


def canteen_menu() -> Image.Image:
    img, d = window((760, 520), "Portail famille \u2013 École Jules Ferry", bar=(232, 232, 236), buttons=True)
    d.text((30, 50), "Menu de la cantine", fill=(180, 60, 30), font=font(BOLD, 28))
    d.text((30, 90), "Semaine du 7 au 11 décembre", fill=(60, 60, 60), font=font(SANS, 18))
    days = [
        ("Lundi", "carottes râpées, poulet basquaise, riz, yaourt"),
        ("Mardi", "soupe de potiron, lasagnes, compote de pommes"),
        ("Mercredi", "pas de cantine"),
        ("Jeudi", "repas de Noël : saumon, dinde aux marrons, bûche"),
        ("Vendredi", "poisson pané, purée, clémentine"),
    ]
    y = 130
    for day, dish in days:
        d.rectangle([30, y, 730, y + 60], outline=(220, 200, 190), fill=(255, 250, 245))
        d.text((44, y + 8), day, fill=(180, 60, 30), font=font(BOLD, 18))
        d.text((44, y + 33), dish, fill=(40, 40, 40), font=font(SANS, 16))
        y += 70
    return img


def waste_calendar() -> Image.Image:
    img, d = window((760, 500), "Afvalwijzer \u2013 Lindelaan 14", bar=(230, 230, 230), buttons=True)
    d.text((30, 50), "Afvalkalender december 2026", fill=(30, 90, 40), font=font(BOLD, 26))
    items = [
        ((110, 160, 60), "GFT (groente, fruit, tuin)", "dinsdag 8 en dinsdag 22 december"),
        ((40, 90, 180), "Papier en karton", "woensdag 16 december"),
        ((240, 150, 30), "PMD (plastic, blik, pakken)", "vrijdag 11 december"),
        ((120, 120, 120), "Restafval", "maandag 14 december"),
    ]
    y = 100
    for col, kind, when in items:
        d.rectangle([30, y + 6, 54, y + 30], fill=col)
        d.text((70, y), kind, fill=(30, 30, 30), font=font(BOLD, 18))
        d.text((70, y + 26), when, fill=(60, 60, 60), font=font(SANS, 17))
        y += 66
    draw_lines(img, (30, y + 10), [
        "Zet de container vóór 7.30 uur aan de straat.",
        "Kerstbomen worden opgehaald op zaterdag 9 januari.",
    ], font(SANS, 17), fill=(30, 90, 40), gap=8)
    return img


def ferry_booking() -> Image.Image:
    img = Image.new("RGB", (440, 900), (250, 250, 250))
    phone_status(img, "21:10")
    d = ImageDraw.Draw(img)
    d.rectangle([0, 40, 440, 90], fill=(235, 235, 235))
    d.text((20, 55), "prenota-traghetti.it", fill=(80, 80, 80), font=font(SANS, 17))
    d.rectangle([0, 90, 440, 170], fill=(0, 84, 147))
    d.text((20, 108), "Prenotazione confermata", fill="white", font=font(BOLD, 24))
    d.text((20, 140), "Codice: CPX-44821", fill=(210, 230, 255), font=font(SANS, 17))
    y = draw_lines(img, (20, 195), ["Napoli Molo Beverello", "\u2192 Capri Marina Grande"], font(BOLD, 22),
                   fill=(20, 20, 20), gap=8)
    y = draw_lines(img, (20, y + 16), [
        "Sabato 19 dicembre 2026",
        "Partenza 08:50 \u2013 arrivo 09:40",
        "Aliscafo, 2 adulti",
        "Bagagli: 1 valigia",
    ], font(SANS, 19), fill=(50, 50, 50), gap=12)
    d.line([20, y + 10, 420, y + 10], fill=(210, 210, 210), width=2)
    d.text((20, y + 26), "Totale pagato: \u20ac 47,60", fill=(0, 84, 147), font=font(BOLD, 24))
    draw_lines(img, (20, y + 80), [
        "Presentarsi all'imbarco almeno",
        "30 minuti prima della partenza",
        "con un documento d'identità.",
    ], font(SANS, 17), fill=(170, 40, 40), gap=6)
    return img


def water_notice() -> Image.Image:
    doc = Image.new("RGB", (600, 780), (252, 252, 246))
    d = ImageDraw.Draw(doc)
    d.rectangle([14, 14, 586, 766], outline=(20, 20, 20), width=4)
    d.text((60, 50), "NOTICE TO ALL RESIDENTS", fill=(170, 20, 20), font=font(BOLD, 32))
    d.text((150, 100), "Harbour View Flats", fill=(20, 20, 20), font=font(SANS, 26))
    y = draw_lines(doc, (50, 170), ["The water supply will be", "switched off on"], font(SANS, 28), gap=10)
    y = draw_lines(doc, (50, y + 10), ["THURSDAY 10 DECEMBER", "9:00 am \u2013 1:00 pm"], font(BOLD, 34), gap=12)
    y = draw_lines(doc, (50, y + 20), [
        "for repairs to the main riser pipe.",
        "",
        "Please fill a kettle and a few",
        "bottles beforehand.",
        "",
        "Questions: Tom (caretaker), flat 1A",
    ], font(SANS, 26), gap=10)
    return photographed(doc.resize((480, 624), Image.LANCZOS), seed=1801, angle=2.5, bg=(150, 140, 120))


def pool_sign() -> Image.Image:
    doc = Image.new("RGB", (640, 620), (0, 92, 160))
    d = ImageDraw.Draw(doc)
    d.rectangle([10, 10, 630, 610], outline="white", width=5)
    d.text((70, 36), "Hallenbad am Stadtpark", fill="white", font=font(BOLD, 36))
    y = draw_lines(doc, (50, 110), ["Öffnungszeiten"], font(BOLD, 28), fill=(255, 230, 120))
    y = draw_lines(doc, (50, y + 4), ["Di \u2013 Fr   7 \u2013 21 Uhr", "Sa \u2013 So   9 \u2013 18 Uhr",
                                      "Montag Ruhetag"], font(SANS, 26), fill="white", gap=8)
    y = draw_lines(doc, (50, y + 20), ["Eintritt"], font(BOLD, 28), fill=(255, 230, 120))
    y = draw_lines(doc, (50, y + 4), ["Erwachsene            4,50 \u20ac", "Kinder (6\u201317)       2,50 \u20ac",
                                      "Familienkarte        11,00 \u20ac"], font(SANS, 26), fill="white", gap=8)
    draw_lines(doc, (50, y + 24), ["Sauna nur ab 16 Jahren"], font(BOLD, 24), fill="white")
    wall = gradient((760, 760), (200, 196, 188), (160, 156, 150))
    wall.paste(doc, (60, 70))
    wall = wall.rotate(-3, resample=Image.BICUBIC, fillcolor=(170, 166, 158))
    return photo_finish(wall.resize((600, 600), Image.LANCZOS), seed=1802, noise=6.0, blur=0.7)


def insurer_letter() -> Image.Image:
    doc = Image.new("RGB", (820, 1060), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.text((60, 50), "Brightwell Insurance", fill=(30, 60, 120), font=font(SERIF_BOLD, 34))
    d.text((60, 95), "PO Box 410, Leeds LS1 4BW", fill=(90, 90, 90), font=font(SERIF, 18))
    draw_lines(doc, (520, 150), ["1 December 2026"], font(SERIF, 20))
    draw_lines(doc, (60, 150), ["Ms Grace Okafor", "22 Elm Close", "Reading RG2 7PQ"], font(SERIF, 20), gap=6)
    d.text((60, 280), "Your car insurance renewal", fill=(20, 20, 20), font=font(SERIF_BOLD, 26))
    draw_lines(doc, (60, 330), [
        "Policy number: BW-20-778413",
        "Vehicle: Ford Fiesta, registration KX19 LMP",
        "",
        "Dear Ms Okafor,",
        "",
        "Your current cover ends on 5 January 2027. Your renewal",
        "premium for the next 12 months is \u00a3412.37, including",
        "your 5-year no-claims discount.",
        "",
        "To renew, call 0800 160 2244 or log in to your account",
        "before 5 January. If we do not hear from you, your policy",
        "will not renew automatically.",
        "",
        "Yours sincerely,",
        "Customer Services, Brightwell Insurance",
    ], font(SERIF, 21), gap=8)
    scan = doc.resize((620, 802), Image.LANCZOS)
    return photo_finish(scan, seed=1803, noise=3.0, blur=0.4)


def nan_note() -> Image.Image:
    doc = Image.new("RGB", (560, 620), (255, 248, 200))
    d = ImageDraw.Draw(doc)
    for y in range(90, 600, 42):
        d.line([20, y, 540, y], fill=(200, 210, 230), width=1)
    lines = [
        "Kit \u2014",
        "Gone to the Christmas market",
        "with Dot, back about 4.",
        "Pepper's had breakfast, give her",
        "half a tin at 5 o'clock.",
        "The man about the boiler rang \u2014",
        "Tuesday 8\u201310 is fine.",
        "Soup's on the hob.",
        "Love, Nan x",
    ]
    y = 50
    for i, line in enumerate(lines):
        d.text((36 + (i % 3) * 4, y), line, fill=(25, 40, 110), font=font(HAND_BOLD if i == 0 else HAND, 31))
        y += 42 + (i % 2)
    doc = doc.rotate(4, resample=Image.BICUBIC, expand=False, fillcolor=(255, 248, 200))
    return photographed(doc, seed=1804, angle=-3.0, bg=(215, 215, 218), pad=40)


def hardware_receipt() -> Image.Image:
    doc = Image.new("RGB", (380, 700), (250, 250, 248))
    d = ImageDraw.Draw(doc)
    mono, bold = font(MONO, 17), font(MONO_BOLD, 19)
    d.text((60, 24), "FERRETERÍA EL CLAVO", fill=(20, 20, 20), font=bold)
    draw_lines(doc, (50, 56), ["C/ Predicadores 12", "50003 Zaragoza", "NIF B-50123456"], mono, gap=4)
    d.text((20, 140), "-" * 32, fill=(20, 20, 20), font=mono)
    y = draw_lines(doc, (20, 166), [
        "1 Rodillo antigoteo      6,95",
        "2 Cinta carrocero 2,40   4,80",
        "1 Pintura blanca 2,5 L  15,90",
        "3 Lija grano 120  0,60   1,80",
    ], mono, gap=8)
    d.text((20, y + 4), "-" * 32, fill=(20, 20, 20), font=mono)
    d.text((20, y + 32), "TOTAL EUR           29,45", fill=(20, 20, 20), font=bold)
    draw_lines(doc, (20, y + 76), ["Tarjeta            29,45", "IVA incluido", "", "03/12/2026  11:02",
                                   "Gracias por su visita"], mono, gap=6)
    return photographed(doc, seed=1805, angle=-4.0, bg=(120, 84, 60), pad=36)


# --------------------------------------------------------------------------- the album (drawn photos)


def mountains(d: ImageDraw.ImageDraw, w: int, base: int, peaks, col, snow=None) -> None:
    for x0, top, x1 in peaks:
        mid = (x0 + x1) // 2
        d.polygon([(x0, base), (mid, top), (x1, base)], fill=col)
        if snow:
            s = (base - top) // 4
            d.polygon([(mid - s * (mid - x0) // (base - top), top + s), (mid, top),
                       (mid + s * (x1 - mid) // (base - top), top + s)], fill=snow)


def lake_boat() -> Image.Image:
    img = gradient((800, 560), (110, 170, 230), (200, 225, 245))
    d = ImageDraw.Draw(img)
    peaks = [(-40, 70, 300), (180, 40, 520), (420, 90, 840)]
    mountains(d, 800, 300, peaks, (140, 140, 150), snow=(245, 245, 250))
    d.rectangle([0, 270, 800, 310], fill=(40, 90, 50))  # pine forest line
    for x in range(0, 800, 16):
        d.polygon([(x, 300), (x + 8, 262 - (x * 7) % 18), (x + 16, 300)], fill=(30, 75, 45))
    d.rectangle([0, 310, 800, 560], fill=(40, 130, 120))
    # reflection
    refl = img.crop((0, 60, 800, 310)).transpose(Image.FLIP_TOP_BOTTOM)
    refl = Image.blend(refl, Image.new("RGB", refl.size, (40, 130, 120)), 0.55)
    img.paste(refl, (0, 310))
    d = ImageDraw.Draw(img)
    d.polygon([(300, 440), (480, 440), (455, 470), (325, 470)], fill=(120, 70, 35))  # rowing boat
    d.line([(330, 450), (260, 490)], fill=(90, 55, 30), width=5)
    d.line([(450, 450), (520, 490)], fill=(90, 55, 30), width=5)
    return photo_finish(img, seed=1811, noise=5.0, blur=1.0)


def cable_car() -> Image.Image:
    img = gradient((800, 560), (40, 110, 210), (150, 200, 245))
    d = ImageDraw.Draw(img)
    mountains(d, 800, 560, [(-100, 260, 420), (300, 200, 900)], (120, 120, 128), snow=(240, 240, 245))
    d.line([(0, 90), (800, 230)], fill=(40, 40, 40), width=4)
    d.line([(0, 110), (800, 250)], fill=(40, 40, 40), width=3)
    d.line([(400, 160), (400, 230)], fill=(50, 50, 50), width=6)
    d.rounded_rectangle([320, 225, 480, 360], radius=18, fill=(200, 30, 35))
    for i in range(3):
        d.rectangle([335 + i * 50, 240, 375 + i * 50, 290], fill=(170, 210, 235))
    return photo_finish(img, seed=1812, noise=5.0, blur=0.9)


def price_board() -> Image.Image:
    board = Image.new("RGB", (620, 460), (120, 78, 40))
    d = ImageDraw.Draw(board)
    d.rectangle([12, 12, 608, 448], outline=(80, 50, 25), width=8)
    d.text((60, 34), "FUNIVIA COL ALTO", fill="white", font=font(MARKER, 38))
    d.text((200, 80), "SEILBAHN", fill=(245, 225, 180), font=font(MARKER, 26))
    draw_lines(board, (50, 140), [
        "Corsa singola / Einzelfahrt       14 \u20ac",
        "Andata e ritorno / Berg+Tal      22 \u20ac",
        "Bambini / Kinder 6\u201314               9 \u20ac",
        "",
        "Ultima corsa / Letzte Fahrt  17:30",
    ], font(BOLD, 23), fill="white", gap=16)
    scene = gradient((760, 600), (90, 150, 220), (170, 205, 235))
    sd = ImageDraw.Draw(scene)
    sd.rectangle([0, 470, 760, 600], fill=(90, 130, 70))
    sd.rectangle([120, 470, 140, 600], fill=(70, 45, 25))
    sd.rectangle([620, 470, 640, 600], fill=(70, 45, 25))
    scene.paste(board, (70, 50))
    scene = scene.rotate(2, resample=Image.BICUBIC, fillcolor=(120, 160, 200))
    return photo_finish(scene, seed=1813, noise=6.0, blur=0.8)


def mountain_hut() -> Image.Image:
    img = gradient((800, 560), (100, 160, 230), (190, 220, 245))
    d = ImageDraw.Draw(img)
    mountains(d, 800, 330, [(-60, 90, 360), (320, 60, 860)], (150, 145, 150), snow=(245, 245, 248))
    d.rectangle([0, 330, 800, 560], fill=(80, 150, 60))
    d.rectangle([250, 270, 560, 470], fill=(160, 40, 30))  # red wooden hut
    for y in range(280, 470, 14):
        d.line([(250, y), (560, y)], fill=(130, 30, 22), width=2)
    d.polygon([(225, 275), (405, 170), (585, 275)], fill=(70, 55, 45))
    for x in (285, 455):
        d.rectangle([x, 320, x + 60, 380], fill=(235, 235, 225))
        d.rectangle([x + 4, 324, x + 56, 376], fill=(120, 160, 190))
        d.rectangle([x - 6, 382, x + 66, 400], fill=(110, 70, 40))  # flower box
        for k in range(7):
            d.ellipse([x - 4 + k * 10, 372, x + 6 + k * 10, 384], fill=((230, 40, 60), (250, 120, 170))[k % 2])
    d.rectangle([385, 390, 430, 470], fill=(90, 55, 30))
    return photo_finish(img, seed=1814, noise=5.0, blur=0.9)


def moon_night() -> Image.Image:
    img = gradient((800, 560), (5, 10, 35), (25, 35, 80))
    d = ImageDraw.Draw(img)
    for i in range(90):
        x, y = (i * 97) % 800, (i * 53) % 300
        d.point([(x, y), (x + 1, y)], fill=(230, 230, 255))
    d.ellipse([560, 60, 660, 160], fill=(245, 240, 215))
    d.ellipse([590, 90, 610, 108], fill=(220, 215, 190))
    d.ellipse([620, 115, 640, 130], fill=(222, 217, 192))
    mountains(d, 800, 560, [(-80, 250, 380), (220, 200, 640), (480, 280, 900)], (30, 35, 55), snow=(190, 195, 215))
    return photo_finish(img, seed=1815, noise=4.0, blur=0.9)


IMAGES = {
    "Screenshot 2026-11-24 102251.png": train_ticket,
    "Screen Shot 2026-11-25 at 7.41.09 PM.png": library_loans,
    "IMG_0457.PNG": boarding_pass,
    "Captura de tela 2026-11-26 153012.png": electricity_bill,
    "Capture d\u2019écran 2026-11-27 à 08.30.12.png": canteen_menu,
    "Schermafbeelding 2026-11-28 om 12.04.55.png": waste_calendar,
    "Screenshot_2026-11-29-21-10-44-512_com.android.chrome.jpg": ferry_booking,
    "IMG_20261130_181245.jpg": water_notice,
    "DSCN0815.JPG": pool_sign,
    "CamScanner 12-01-2026 14.33.jpg": insurer_letter,
    "IMG_3381.jpg": nan_note,
    "1000034127.jpg": hardware_receipt,
    # real photos (scikit-image's bundled samples)
    "DSCF4402.JPG": lambda: tint(skimage_photo("chelsea"), (1.03, 1.0, 0.97)),
    "IMG_2219.jpg": lambda: skimage_photo("coffee"),
    "P7110034.JPG": lambda: skimage_photo("camera"),
    # the album
    "dolomiti_2026/GOPR0412.JPG": lake_boat,
    "dolomiti_2026/GOPR0419.JPG": cable_car,
    "dolomiti_2026/GOPR0423.JPG": price_board,
    "dolomiti_2026/GOPR0430.JPG": mountain_hut,
    "dolomiti_2026/GOPR0437.JPG": moon_night,
}


def main() -> None:
    paths = synthesize(WAV_SPEECH, HERE, speed=170, pause=0.3, max_seconds=16.0)
    paths += synthesize(SPEECH, HERE, speed=160, pause=0.4, max_seconds=30.0)
    paths += save_images(HERE, IMAGES, quality=84)
    report(paths, MAX_BYTES)


if __name__ == "__main__":
    main()
