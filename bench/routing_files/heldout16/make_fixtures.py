"""Generate the sixteenth held-out routing set's fixtures (bench/routing_files/heldout16/).

Run from the repo root:  .venv/bin/python bench/routing_files/heldout16/make_fixtures.py

Written on the shared helpers in bench/routing_files/fixture_kit.py (unchanged): images are drawn with
Pillow (three photos are scikit-image's bundled samples `chelsea`, `coffee` and `coins`), audio is
spoken by espeak-ng and encoded by ffmpeg (bitexact). Deterministic; every file stays under 200 KB.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import fixture_kit as fk  # noqa: E402

OUT = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- audio

SPEECH = {
    "Recording (3).m4a": [("en-us", "Hi, this is Dale from Brightwater Plumbing. Your boiler service is booked for "
                                    "Thursday the eleventh of June, between one and three. It's eighty five pounds. "
                                    "Please clear the cupboard under the stairs before I arrive.")],
    "ZOOM0007.WAV": [("en-gb", "Book club is Wednesday the seventeenth at Harriet's."),
                     ("en-us+f3", "Which book again?"),
                     ("en-gb", "The Salt Path. Bring a bottle, seven thirty.")],
    "REC001.mp3": [("en-us", "Note to self. The Okafor quarterly report is due on the thirtieth of June. Budget is "
                             "twelve thousand five hundred. Ask Tomasz for the sales figures by Friday.")],
    "audio1749112233.webm": [("en-gb+f2", "Hello, this is the office at Linden Primary. Because of staff training, "
                                          "pickup on Friday is early, at half past one. Sports day has moved to "
                                          "Wednesday the twenty fourth of June.")],
    "Neue Aufnahme 8.m4a": [("de", "Guten Tag, hier ist Frau Lehmann von der Tierarztpraxis am Park. Die Impfung "
                                   "für Mika ist am Freitag, dem zwölften Juni, um sechzehn Uhr dreißig. Bitte "
                                   "bringen Sie den Impfpass mit.")],
    "Nueva grabación 12.m4a": [("es", "Hola, soy Álvaro, de la academia Sol. La clase de guitarra pasa al jueves a "
                                      "las seis de la tarde, aula cuatro. Trae la cejilla y el cuaderno.")],
    "Nuova registrazione 2.m4a": [("it", "Ciao, sono Giorgio. Il calcetto di mercoledì è spostato alle ventuno, "
                                         "campo due. Porta la maglia bianca e dieci euro per il campo.")],
    "PTT-20260601-WA0003.opus": [("fr", "Bonjour, c'est Camille. La réunion de copropriété aura lieu mardi neuf "
                                        "juin à dix-neuf heures, dans la salle du rez-de-chaussée. Apportez le "
                                        "relevé des charges.")],
    "AUD-20260602-WA0015.m4a": [("pt-br", "Oi, é a Luana! O churrasco é sábado, à uma da tarde, na casa do Beto. "
                                          "Leva gelo e carvão, tá?")],
    "signal-2026-06-04-083012.aac": [("nl", "Hoi, met Joris. De verhuizing is zaterdag om negen uur, Kerkstraat "
                                            "veertien. Neem tape en een boormachine mee.")],
}


# --------------------------------------------------------------------------- documents and screens


def card(size, bg="white"):
    img = Image.new("RGB", size, bg)
    return img, ImageDraw.Draw(img)


def mac_train():  # Screen Shot (older macOS name): a train booking confirmation in a browser
    img, d = card((760, 440), (236, 236, 236))
    d.rectangle((0, 0, 760, 34), fill=(214, 214, 214))
    for i, c in enumerate(((255, 95, 86), (255, 189, 46), (39, 201, 63))):
        d.ellipse((12 + 20 * i, 11, 24 + 20 * i, 23), fill=c)
    d.rectangle((110, 7, 650, 27), fill="white")
    d.text((120, 10), "tickets.northline-rail.example/booking/XK7Q2P", fill=(90, 90, 90), font=fk.font(fk.SANS, 12))
    d.rectangle((30, 55, 730, 420), fill="white")
    y = fk.draw_lines(img, (55, 75), ["Booking confirmed"], fk.font(fk.BOLD, 26), fill=(20, 60, 120))
    fk.draw_lines(img, (55, y + 14), [
        "Reference: XK7Q2P",
        "London Kings Cross  ->  York",
        "Friday 12 June 2026, departs 08:03, arrives 09:56",
        "Coach C, Seat 42 (window, quiet coach)",
        "Adult Advance Single: £38.40",
        "Show the QR code on your phone or print at the station.",
    ], fk.font(fk.SANS, 18), fill=(30, 30, 30), gap=10)
    return img


def android_recipe():  # a Spanish recipe in Chrome on Android (Xiaomi-style screenshot name)
    img, d = card((420, 760))
    d.rectangle((0, 0, 420, 30), fill=(30, 30, 30))
    d.text((12, 7), "21:14", fill="white", font=fk.font(fk.SANS, 14))
    d.rectangle((0, 30, 420, 80), fill=(245, 245, 245))
    d.text((16, 46), "recetasdecasa.example/tortilla", fill=(80, 80, 80), font=fk.font(fk.SANS, 14))
    y = fk.draw_lines(img, (20, 100), ["Tortilla de patatas"], fk.font(fk.BOLD, 28), fill=(150, 60, 20))
    y = fk.draw_lines(img, (20, y + 8), ["Para 4 personas · 45 min"], fk.font(fk.SANS, 16), fill=(90, 90, 90))
    y = fk.draw_lines(img, (20, y + 20), ["Ingredientes"], fk.font(fk.BOLD, 22))
    y = fk.draw_lines(img, (30, y + 8), ["• 6 huevos", "• 4 patatas medianas", "• 1 cebolla",
                                         "• 250 ml de aceite de oliva", "• sal al gusto"], fk.font(fk.SANS, 19), gap=10)
    y = fk.draw_lines(img, (20, y + 20), ["Preparación"], fk.font(fk.BOLD, 22))
    fk.draw_lines(img, (20, y + 8), ["1. Pela y corta las patatas en láminas.", "2. Fríelas a fuego lento 20 min",
                                     "   con la cebolla.", "3. Bate los huevos y mezcla.",
                                     "4. Cuaja 3 min por cada lado."], fk.font(fk.SANS, 17), gap=8)
    return img


def fr_bill():  # a French energy bill summary (French macOS screenshot name)
    img, d = card((700, 420), (250, 250, 252))
    d.rectangle((0, 0, 700, 60), fill=(0, 90, 160))
    d.text((24, 16), "Énergie Bleue — Mon espace client", fill="white", font=fk.font(fk.BOLD, 22))
    fk.draw_lines(img, (30, 85), [
        "Facture du 2 juin 2026",
        "N° client : 4471 2290",
        "Période : 1er mai – 31 mai 2026",
        "Consommation : 212 kWh",
        "Montant à payer : 84,37 €",
        "Prélèvement automatique le 15 juin 2026",
    ], fk.font(fk.SANS, 20), fill=(30, 30, 40), gap=14)
    return img


def gig_poster():  # a gig poster on a pub wall (image0.jpeg)
    doc, d = card((420, 580), (25, 25, 35))
    fk.draw_lines(doc, (30, 40), ["LIVE MUSIC"], fk.font(fk.MARKER, 30), fill=(250, 200, 40))
    fk.draw_lines(doc, (30, 110), ["THE VELVET", "KETTLES"], fk.font(fk.BOLD, 52), fill=(240, 240, 240), gap=6)
    fk.draw_lines(doc, (30, 290), ["Saturday 20 June", "Doors 7pm · Support: Moth Radio",
                                   "The Crown, Mill Lane", "Tickets £12 (£15 on the door)"],
                  fk.font(fk.SANS, 22), fill=(230, 230, 230), gap=14)
    return fk.photographed(doc, seed=1601, angle=-3.0, bg=(120, 70, 50))


def museo():  # an Italian museum's opening hours board (Oppo-style camera name)
    doc, d = card((520, 460), (245, 240, 225))
    fk.draw_lines(doc, (30, 30), ["MUSEO CIVICO", "DI SANTA CHIARA"], fk.font(fk.SERIF_BOLD, 34), fill=(90, 40, 30))
    fk.draw_lines(doc, (30, 150), ["Orari di apertura", "martedì – domenica: 9:00 – 19:00", "lunedì: chiuso",
                                   "ultimo ingresso ore 18:15", "", "Biglietto intero: 8 €",
                                   "Ridotto (under 25, over 65): 5 €", "Prima domenica del mese: gratis"],
                  fk.font(fk.SERIF, 22), fill=(40, 30, 20), gap=6)
    return fk.photographed(doc, seed=1602, angle=2.0, bg=(150, 140, 120))


def wasser():  # a scanned German letter from the landlord (CamScanner)
    doc, d = card((620, 800))
    fk.draw_lines(doc, (50, 50), ["Hausverwaltung Brandt & Söhne", "Lindenallee 7, 50667 Köln"], fk.font(fk.SERIF, 16))
    fk.draw_lines(doc, (50, 150), ["An alle Mieterinnen und Mieter", "des Hauses Gartenstraße 21"], fk.font(fk.SERIF, 18))
    fk.draw_lines(doc, (50, 240), ["Ankündigung: Wasserabstellung"], fk.font(fk.SERIF_BOLD, 24))
    fk.draw_lines(doc, (50, 300), [
        "Wegen Arbeiten an der Hauptleitung wird das Wasser",
        "am Dienstag, 16. Juni 2026, von 9:00 bis 13:00 Uhr",
        "abgestellt. Bitte füllen Sie vorher Wasser ab.",
        "",
        "Bei Fragen: Herr Vogel, Tel. 0221 558 301.",
        "",
        "Mit freundlichen Grüßen",
        "Ihre Hausverwaltung",
    ], fk.font(fk.SERIF, 19), gap=8)
    img = doc.convert("L").point(lambda v: 255 if v > 200 else v).convert("RGB")
    return fk.photo_finish(img, seed=1603, noise=3.0, blur=0.4)


def wifi_card():  # a Portuguese guesthouse Wi-Fi card (Untitled.png, made in Paint)
    img, d = card((560, 340), (255, 253, 240))
    d.rectangle((10, 10, 550, 330), outline=(0, 110, 140), width=4)
    fk.draw_lines(img, (40, 35), ["Casa do Rio — Bem-vindos!"], fk.font(fk.BOLD, 26), fill=(0, 110, 140))
    fk.draw_lines(img, (40, 100), ["Rede Wi-Fi: CasaDoRio_Hospedes", "Palavra-passe: azulejo2026",
                                   "Check-out até às 11h00", "Pequeno-almoço: 8h00 – 10h00",
                                   "Deixe a chave na caixa azul."], fk.font(fk.SANS, 21), fill=(40, 40, 40), gap=12)
    return img


def printer_error():  # a Windows printer error (Snipping Tool name)
    img, d = card((640, 300), (240, 240, 240))
    d.rectangle((0, 0, 640, 36), fill="white")
    d.text((14, 9), "Printer queue — OfficeJet 6950", fill="black", font=fk.font(fk.SANS, 15))
    d.rectangle((20, 56, 620, 280), fill="white", outline=(200, 200, 200))
    d.ellipse((40, 80, 84, 124), fill=(200, 40, 40))
    d.text((54, 86), "!", fill="white", font=fk.font(fk.BOLD, 28))
    fk.draw_lines(img, (100, 80), ["Error - Printing", "Paper jam in tray 2 (code 13.B2).",
                                   "Open the rear door, remove the jammed paper,",
                                   "then press OK to resume. 3 documents waiting."],
                  fk.font(fk.SANS, 17), fill=(30, 30, 30), gap=10)
    return img


def afval():  # a Dutch waste-collection calendar, photographed on the fridge (Messenger name)
    doc, d = card((520, 440), (235, 248, 235))
    fk.draw_lines(doc, (30, 30), ["Afvalkalender juni 2026"], fk.font(fk.BOLD, 28), fill=(20, 100, 40))
    fk.draw_lines(doc, (30, 100), ["GFT (groen): dinsdag 9 en 23 juni", "Papier (blauw): donderdag 18 juni",
                                   "Plastic/PMD (oranje): vrijdag 12 juni", "Restafval (grijs): maandag 15 juni",
                                   "", "Container vóór 7:30 uur aan de straat!"],
                  fk.font(fk.SANS, 20), fill=(30, 30, 30), gap=12)
    return fk.photographed(doc, seed=1604, angle=-1.5, bg=(210, 210, 205))


def medicine():  # a pharmacy label on a medicine box
    doc, d = card((560, 300))
    d.rectangle((0, 0, 560, 50), fill=(0, 120, 90))
    d.text((20, 12), "Riverside Pharmacy", fill="white", font=fk.font(fk.BOLD, 22))
    fk.draw_lines(doc, (20, 70), ["AMOXICILLIN 500 mg capsules  x21", "Take ONE capsule THREE times a day",
                                  "for 7 days. Finish the course.", "Patient: Ms E. Okonkwo   06/06/2026",
                                  "Keep out of the reach of children."], fk.font(fk.MONO, 18), fill=(20, 20, 20), gap=10)
    return fk.photographed(doc, seed=1605, angle=4.0, bg=(200, 190, 170))


def dog_note():  # a handwritten note left on the kitchen counter
    doc, d = card((460, 420), (255, 250, 200))
    fk.draw_lines(doc, (30, 40), ["Ollie —", "please walk Pepper at 5,", "her lead is on the hook by",
                                  "the door. NO grapes for her!", "Back around 9. Love, M x"],
                  fk.font(fk.HAND, 30), fill=(20, 30, 120), gap=16)
    return fk.photographed(doc, seed=1606, angle=-5.0, bg=(160, 120, 80))


def receipt():  # a café receipt (Android photo picker name)
    doc, d = card((340, 520))
    y = fk.draw_lines(doc, (70, 25), ["HARBOUR CAFÉ", "12 Quay Street"], fk.font(fk.MONO_BOLD, 20), gap=6)
    fk.draw_lines(doc, (25, y + 25), ["09/06/26 10:42  Table 4", "--------------------------",
                                      "2 Flat white        6.80", "1 Cheese scone      3.40",
                                      "1 Tea               2.20", "1 Tip               2.20",
                                      "--------------------------", "TOTAL  GBP         14.60",
                                      "Paid by card  **** 4417", "", "Thank you, see you soon!"],
                  fk.font(fk.MONO, 17), gap=8)
    return fk.photographed(doc, seed=1607, angle=1.5, bg=(90, 70, 60))


# --------------------------------------------------------------------------- photos


def cat():
    return fk.photo_finish(fk.skimage_photo("chelsea", size=(451, 300)), seed=1611, noise=3.0, blur=0.3)


def coffee():
    return fk.photo_finish(fk.skimage_photo("coffee", size=(450, 300)), seed=1612, noise=3.0, blur=0.3)


def coins():
    img = fk.skimage_photo("coins").convert("RGB")
    return fk.photo_finish(fk.tint(img, (1.1, 1.0, 0.8)), seed=1613, noise=3.0, blur=0.3)


def mountains(d, w, h, base, colour, peaks):
    pts = [(0, h)]
    for x, y in peaks:
        pts.append((x, y))
    pts += [(w, base), (w, h)]
    d.polygon(pts, fill=colour)


def cabins():  # red fishing cabins on stilts by the water
    w, h = 640, 420
    img = fk.gradient((w, h), (150, 190, 230), (220, 235, 245))
    d = ImageDraw.Draw(img)
    mountains(d, w, h, 200, (90, 100, 110), [(0, 220), (90, 90), (170, 180), (260, 60), (360, 190), (470, 110),
                                                (560, 170), (640, 120)])
    d.rectangle((0, 250, w, h), fill=(40, 80, 110))
    for x in (60, 210, 360, 500):
        d.rectangle((x, 200, x + 110, 265), fill=(170, 30, 30))
        d.polygon([(x - 8, 200), (x + 55, 160), (x + 118, 200)], fill=(60, 40, 35))
        d.rectangle((x + 40, 225, x + 65, 265), fill=(240, 240, 230))
        for s in range(x + 5, x + 110, 25):
            d.rectangle((s, 265, s + 5, 300), fill=(70, 55, 45))
    return fk.photo_finish(img, seed=1621)


def aurora():  # green northern lights over dark mountains, stars
    import numpy as np

    w, h = 640, 420
    img = fk.gradient((w, h), (5, 10, 30), (15, 30, 50))
    a = np.asarray(img).astype(np.float32)
    ys, xs = np.mgrid[0:h, 0:w]
    for k, (c, amp, width) in enumerate(((140, 40, 28), (190, 30, 22))):
        centre = c + amp * np.sin(xs / 90.0 + k)
        band = np.exp(-((ys - centre) ** 2) / (2 * width ** 2))
        a[..., 1] += 200 * band
        a[..., 2] += 60 * band
    rng = np.random.default_rng(1622)
    for _ in range(150):
        x, y = rng.integers(0, w), rng.integers(0, 260)
        a[y, x] = 255
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(img)
    mountains(d, w, h, 300, (8, 10, 14), [(0, 330), (120, 230), (220, 310), (330, 210), (450, 300), (560, 250),
                                             (640, 290)])
    return fk.photo_finish(img, seed=1622, noise=5.0, blur=0.6)


def beach():  # a white sandy beach with turquoise water and mountains
    w, h = 640, 420
    img = fk.gradient((w, h), (120, 170, 225), (200, 225, 245))
    d = ImageDraw.Draw(img)
    mountains(d, w, h, 190, (70, 95, 80), [(0, 200), (120, 80), (230, 170), (330, 70), (450, 180), (560, 100),
                                              (640, 160)])
    d.rectangle((0, 210, w, 300), fill=(60, 190, 190))
    d.polygon([(0, 300), (w, 280), (w, h), (0, h)], fill=(235, 225, 200))
    return fk.photo_finish(img, seed=1623)


def ferry_sign():  # a ferry timetable sign at the quay (text)
    doc, d = card((560, 420), (20, 60, 110))
    fk.draw_lines(doc, (30, 25), ["FERJE / FERRY"], fk.font(fk.BOLD, 36), fill="white")
    fk.draw_lines(doc, (30, 85), ["Moskenes – Bodø"], fk.font(fk.BOLD, 28), fill=(250, 210, 60))
    fk.draw_lines(doc, (30, 145), ["Avgang / Departures:", "07:00   12:30   18:15", "",
                                   "Billett voksen / Adult: 245 kr", "Bil / Car: 890 kr",
                                   "Innsjekk senest 20 min før avgang"], fk.font(fk.SANS, 21), fill="white", gap=10)
    return fk.photographed(doc, seed=1624, angle=-2.5, bg=(120, 130, 140))


def kayak():  # a yellow kayak on a calm fjord
    w, h = 640, 420
    img = fk.gradient((w, h), (170, 195, 215), (210, 220, 230))
    d = ImageDraw.Draw(img)
    mountains(d, w, h, 200, (60, 75, 85), [(0, 150), (150, 60), (260, 190), (380, 90), (520, 180), (640, 110)])
    d.rectangle((0, 220, w, h), fill=(70, 110, 130))
    d.polygon([(180, 320), (300, 305), (460, 320), (300, 335)], fill=(250, 200, 20))
    d.ellipse((295, 290, 320, 315), fill=(200, 40, 40))
    d.line((250, 330, 350, 290), fill=(30, 30, 30), width=4)
    return fk.photo_finish(img, seed=1625)


IMAGES = {
    "Screen Shot 2026-06-02 at 9.41.55 AM.png": mac_train,
    "Screenshot_2026-06-03-21-14-07-512_com.android.chrome.jpg": android_recipe,
    "Capture d’écran 2026-06-04 à 10.12.33.png": fr_bill,
    "image0.jpeg": gig_poster,
    "IMG20260605142210.jpg": museo,
    "CamScanner 06-06-2026 11.20.jpg": wasser,
    "Untitled.png": wifi_card,
    "Screenshot 2026-06-08 154301.png": printer_error,
    "received_1029384756102938.jpeg": afval,
    "IMG_0891.JPG": medicine,
    "notes_0607.jpg": dog_note,
    "1000012345.jpg": receipt,
    "IMG_20260610_191502.jpg": cat,
    "DSC_0457.JPG": coffee,
    "P6110034.JPG": coins,
    "lofoten_2026/DSCF3101.JPG": cabins,
    "lofoten_2026/DSCF3107.JPG": aurora,
    "lofoten_2026/DSCF3115.JPG": beach,
    "lofoten_2026/DSCF3122.JPG": ferry_sign,
    "lofoten_2026/DSCF3130.JPG": kayak,
}


def main() -> None:
    paths = fk.synthesize(SPEECH, OUT, speed=160, pause=0.4, max_seconds=16)
    paths += fk.save_images(OUT, IMAGES)
    fk.report(paths, 200_000)


if __name__ == "__main__":
    main()
