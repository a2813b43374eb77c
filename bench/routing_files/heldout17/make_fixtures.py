"""Regenerate the fixture files of the seventeenth held-out routing set (bench/routing_heldout17/).

Run from the repo root (or by absolute path from anywhere):

    .venv/bin/python bench/routing_files/heldout17/make_fixtures.py

Pillow, numpy and scikit-image (only its bundled samples ``rocket``, ``astronaut`` and the motorcycle),
espeak-ng and ffmpeg; no downloads, no model. Written on the shared helpers in
bench/routing_files/fixture_kit.py; the output is deterministic. 30 files: 10 recordings, 15 images at
the top and 5 photos in the trip album ``azores_2026/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:  # run as a script: make fixture_kit importable
    sys.path.insert(0, str(HERE.parent))

import fixture_kit as fk  # noqa: E402

MAX_BYTES = 300_000

# --------------------------------------------------------------------------- recordings

SPEECH: dict[str, list[tuple[str, str]]] = {
    "Voice 003.m4a": [("en-us", "Hi, this is Marisol calling from Greenleaf Dental. Your cleaning has been moved "
                       "to Monday the thirteenth of July at ten fifteen in the morning. Please bring your new "
                       "insurance card, the copay is twenty dollars. Call us back if that time does not work.")],
    "DR0000_0042.wav": [
        ("en-gb", "Allotment committee. Plot inspections are Saturday the eleventh of July."),
        ("en-us", "The water trough by the gate is fixed."),
        ("en-gb", "Fees are thirty five pounds, due by the end of July. Compost comes Tuesday."),
    ],
    "260703_0915.mp3": [("en-us", "Note to self. Renew the passport before the August trip. The photo booth is "
                         "on Elm Street, the form costs one hundred and thirty dollars. And call Priya about "
                         "the spare key before Thursday.")],
    "voice-message.ogg": [("en-us", "Hey, it's Kai. Board game night is Friday at eight, at Leo's place this "
                           "time, flat three B. Bring snacks and your own dice, and we are starting the new "
                           "campaign, so read the rules first.")],
    "Nouvel enregistrement 5.m4a": [("fr-fr", "Bonjour, c'est Sandrine de l'auto-école. Votre leçon de conduite "
                                     "est jeudi neuf juillet à dix-sept heures. Rendez-vous devant la mairie, et "
                                     "n'oubliez pas votre livret d'apprentissage.")],
    "Nieuwe opname 3.m4a": [("nl", "Hoi, met Femke. Het afzwemmen voor diploma A is zaterdag elf juli om tien uur "
                             "in het Sportfondsenbad. Neem een badpak en kleren mee om in te zwemmen, en kom een "
                             "kwartier eerder.")],
    "Nova gravação 7.m4a": [("pt", "Olá, é o Rui. A pescaria é domingo às cinco e meia da manhã, no cais de "
                             "Sesimbra. Traz a cana, o protetor solar e um casaco, que de manhã está frio.")],
    "WhatsApp Ptt 2026-07-05 at 12.31.08.ogg": [
        ("es", "Hola, soy Inés, de la asociación de padres. La fiesta de fin de curso es el viernes diez de julio "
               "a las seis de la tarde en el patio del colegio. Traed un plato para compartir, y son cinco euros "
               "por niño.")],
    "audio_2026-07-03_18-42-11.ogg": [
        ("de", "Hallo, hier ist Jonas von der Fahrradwerkstatt. Ihr Rad ist fertig, neue Bremsbeläge und eine "
               "Kette, zusammen achtundvierzig Euro. Sie können es bis Mittwoch achtzehn Uhr abholen.")],
    "Call recording Mamma_260704_101522.m4a": [
        ("it", "Ciao tesoro, sono la mamma. Domenica pranziamo dalla zia Rosa all'una. Porta tu il tiramisù, "
               "vengono anche i cugini da Bari. Non fare tardi come l'altra volta.")],
}

# --------------------------------------------------------------------------- helpers


def screen(size, bg="white"):
    return Image.new("RGB", size, bg)


def title_bar(img, text, bar=(232, 232, 236), h=30):
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, img.width, h], fill=bar)
    for i, c in enumerate([(237, 94, 86), (245, 190, 60), (98, 197, 84)]):
        d.ellipse([10 + 20 * i, 9, 22 + 20 * i, 21], fill=c)
    d.text((90, 7), text, fill=(60, 60, 60), font=fk.font(fk.SANS, 14))


def paper(size, lines, fnt, fill="black", bg=(250, 248, 240), xy=(30, 30), gap=8):
    img = Image.new("RGB", size, bg)
    fk.draw_lines(img, xy, lines, fnt, fill=fill, gap=gap)
    return img


# --------------------------------------------------------------------------- text images


def app_window(size, title, heading, colour, lines, *, top=55, heading_size=28, font=fk.SANS, line_size=20, gap=12):
    """A desktop app's window: a title bar, a coloured bold heading, then the lines below it."""
    img = screen(size)
    title_bar(img, title)
    ImageDraw.Draw(img).text((40, top), heading, fill=colour, font=fk.font(fk.BOLD, heading_size))
    fk.draw_lines(img, (40, top + 55), lines, fk.font(font, line_size), fill=(30, 30, 30), gap=gap)
    return img


def hotel_booking():  # newer English macOS screenshot
    return app_window((820, 470), "Booking confirmation - Hotel Alder Bruges", "Your stay is confirmed", (20, 80, 60), [
        "Hotel Alder, Langestraat 31, 8000 Brugge",
        "Booking number: 88213-ALD",
        "Check-in: Friday 3 July 2026, from 15:00",
        "Check-out: Sunday 5 July 2026, until 11:00",
        "2 nights, 1 double room, breakfast included",
        "Total: EUR 286.00 (pay at the hotel)",
        "Free cancellation until 1 July 2026, 23:59",
    ])


def bus_app():  # stock Android screenshot
    img = screen((480, 900), (245, 246, 250))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 480, 36], fill=(30, 30, 30))
    d.text((16, 9), "08:15", fill="white", font=fk.font(fk.SANS, 16))
    d.rectangle([0, 36, 480, 110], fill=(0, 105, 75))
    d.text((20, 58), "Route 42 - Riverside", fill="white", font=fk.font(fk.BOLD, 26))
    y = 140
    for t, s, c in [("08:20", "CANCELLED", (200, 30, 30)), ("08:45", "On time - Stop C", (0, 120, 60)),
                    ("09:05", "5 min late - Stop C", (200, 120, 0)), ("09:25", "On time - Stop C", (0, 120, 60))]:
        d.rounded_rectangle([16, y, 464, y + 90], 12, fill="white", outline=(220, 220, 220))
        d.text((34, y + 14), t, fill="black", font=fk.font(fk.BOLD, 30))
        d.text((34, y + 56), s, fill=c, font=fk.font(fk.SANS, 20))
        y += 110
    fk.draw_lines(img, (20, y + 10), ["Service notice: roadworks on Mill Road,", "buses diverted via Station Street",
                                       "until 24 July."], fk.font(fk.SANS, 18), fill=(60, 60, 60))
    return img


def parcel_notice():  # German macOS
    return app_window((800, 440), "Sendungsverfolgung", "Ihr Paket wurde zugestellt", (180, 120, 0), [
        "Sendungsnummer: 00340434 1612 7719 05",
        "Zugestellt am Samstag, 4. Juli 2026, 11:42 Uhr",
        "Abgegeben bei Ihrem Nachbarn: Schulz, Hausnummer 12",
        "Abholung beim Nachbarn bis Samstag, 11. Juli",
        "Bitte Benachrichtigungskarte mitbringen.",
    ], gap=14)


def gym_schedule():  # Italian macOS
    return app_window((780, 480), "Palestra Fenice - Orari corsi", "Corsi di luglio", (160, 30, 40), [
        "Lunedì    19:00  Zumba       Sala 1",
        "Martedì   18:30  Pilates     Sala 2",
        "Mercoledì 07:30  Yoga        Sala 2",
        "Giovedì   19:00  Spinning    Sala 3",
        "Sabato    10:00  Total body  Sala 1",
        "Prenotazione obbligatoria dall'app, max 15 persone.",
    ], top=50, font=fk.MONO, line_size=19, gap=14)


def flat_listing():  # Spanish macOS
    return app_window((800, 470), "Piso en alquiler - Calle Almendro 7", "Piso de 2 dormitorios, 850 €/mes",
                      (20, 60, 140), [
                          "Calle Almendro 7, 3º B - Valencia",
                          "65 m², 2 dormitorios, 1 baño, balcón",
                          "Fianza: dos meses",
                          "Gastos de comunidad incluidos",
                          "Disponible a partir del 1 de septiembre",
                          "Visitas: martes y jueves de 18:00 a 20:00",
                          "Contacto: Marta, 612 48 90 33",
                      ], top=50, heading_size=26)


def parking_sign():  # Pixel photo of a car park tariff board
    doc = Image.new("RGB", (520, 600), (250, 250, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 520, 110], fill=(0, 70, 160))
    d.text((30, 24), "P  PAY & DISPLAY", fill="white", font=fk.font(fk.BOLD, 40))
    fk.draw_lines(doc, (30, 140), ["Up to 1 hour      £1.80", "Up to 2 hours     £3.20", "Up to 3 hours     £4.50",
                                   "Max stay 4 hours", "Mon-Sat 8am-6pm", "Sundays free", "No return within 2 hours"],
                  fk.font(fk.BOLD, 28), fill=(20, 20, 20), gap=18)
    return fk.photographed(doc, seed=17061, angle=3.0, bg=(110, 120, 115))


def menu_board():  # Samsung photo of a chalkboard
    doc = Image.new("RGB", (560, 560), (40, 48, 44))
    d = ImageDraw.Draw(doc)
    d.rectangle([6, 6, 553, 553], outline=(140, 100, 60), width=12)
    d.text((110, 40), "Today's specials", fill=(245, 245, 235), font=fk.font(fk.HAND_BOLD, 44))
    fk.draw_lines(doc, (50, 140), ["Fish pie ........... £14", "Mushroom risotto ... £12", "Ploughman's ........ £10",
                                   "Sticky toffee pudding  £6", "", "Kitchen closes 9pm"],
                  fk.font(fk.HAND, 32), fill=(240, 240, 225), gap=16)
    return fk.photographed(doc, seed=17062, angle=-2.0, bg=(150, 130, 110))


def permission_slip():  # WhatsApp image of a school letter
    doc = paper((560, 640), [
        "Oakfield Primary School",
        "",
        "Year 4 trip to the Science Museum",
        "Date: Friday 17 July 2026",
        "The coach leaves at 8:45 am, back by 4 pm.",
        "Please send a packed lunch and a water bottle.",
        "Voluntary contribution: £12",
        "",
        "Return this slip by Monday 13 July.",
        "I give permission for my child to attend.",
        "Signed: ______________________",
    ], fk.font(fk.SERIF, 22), bg=(255, 255, 255), gap=10)
    return fk.photographed(doc, seed=17063, angle=1.5, bg=(190, 175, 150))


def parking_permit_letter():  # scanner default, a Dutch letter from the council
    return paper((640, 760), [
        "Gemeente Leiden",
        "Afdeling Parkeren",
        "",
        "Kenmerk: PV-2026-04417",
        "Datum: 6 juli 2026",
        "",
        "Geachte heer Bakker,",
        "",
        "Uw bewonersvergunning verloopt op 31 juli 2026.",
        "Verleng de vergunning via Mijn Gemeente en",
        "betaal € 96,00 vóór 1 augustus 2026.",
        "Kenteken: K-123-BX",
        "",
        "Met vriendelijke groet,",
        "Team Parkeren",
    ], fk.font(fk.SERIF, 22), bg=(252, 252, 250), gap=9)


def flea_market_flyer():  # Facebook saved image, a French flyer
    img = fk.gradient((600, 700), (255, 214, 102), (255, 160, 80))
    d = ImageDraw.Draw(img)
    d.text((60, 40), "VIDE-GRENIER", fill=(120, 30, 20), font=fk.font(fk.BOLD, 64))
    fk.draw_lines(img, (60, 150), ["Dimanche 19 juillet", "de 8h à 18h", "Place de la Mairie",
                                   "Saint-Aubin", "", "Emplacement : 10 € les 2 mètres", "Buvette et crêpes sur place",
                                   "Inscriptions : 06 71 22 48 90"], fk.font(fk.BOLD, 26), fill=(60, 20, 10), gap=14)
    return img


def tasca_receipt():  # Telegram photo of a Portuguese receipt
    doc = Image.new("RGB", (380, 620), (255, 255, 252))
    fk.draw_lines(doc, (24, 24), [
        "    TASCA DO ZÉ",
        " Rua das Flores 22, Lisboa",
        " NIF 504 118 227",
        "  Fatura simplificada",
        "----------------------------",
        "2 Bifana          5,00",
        "2 Imperial        4,40",
        "1 Caldo verde     2,80",
        "1 Pastel de nata  1,30",
        "1 Café            0,80",
        "----------------------------",
        "TOTAL          14,30 EUR",
        "IVA incluído",
        "Obrigado e volte sempre!",
    ], fk.font(fk.MONO, 18), fill=(40, 40, 40), gap=10)
    return fk.photographed(doc, seed=17064, angle=-3.5, bg=(95, 75, 60))


def lemon_drizzle():  # edited iPhone photo of a handwritten recipe card
    doc = paper((520, 560), [
        "Grandma's lemon drizzle",
        "",
        "225g butter, 225g caster sugar",
        "4 eggs",
        "275g self-raising flour",
        "2 lemons (zest), juice for the drizzle",
        "85g icing sugar",
        "",
        "Bake 45 min at 180C (160C fan)",
        "Drizzle while still warm!",
    ], fk.font(fk.HAND, 26), fill=(30, 40, 120), bg=(255, 252, 235), gap=12)
    return fk.photographed(doc, seed=17065, angle=2.5, bg=(160, 120, 90))


# --------------------------------------------------------------------------- photos


def motorbike():
    img = fk.skimage_photo("motorcycle", crop=(40, 60, 700, 500), size=(660, 440))
    return fk.photo_finish(img, seed=17071, noise=3.0, blur=0.3)


def rocket():
    return fk.photo_finish(fk.skimage_photo("rocket", size=(640, 427)), seed=17072, noise=3.0, blur=0.3)


def astronaut():
    img = fk.tint(fk.skimage_photo("astronaut", size=(480, 480)), (1.0, 1.0, 1.04))
    return fk.photo_finish(img, seed=17073, noise=3.0, blur=0.3)


def crater_lake():
    img = fk.gradient((800, 533), (150, 190, 230), (215, 230, 240))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 200), (160, 120), (330, 170), (500, 110), (680, 160), (800, 130), (800, 533), (0, 533)],
              fill=(70, 120, 60))
    d.ellipse([90, 260, 420, 420], fill=(40, 110, 140))
    d.ellipse([380, 250, 720, 430], fill=(60, 140, 90))
    d.rectangle([0, 470, 800, 533], fill=(55, 95, 45))
    return fk.photo_finish(img, seed=17081)


def whale_tail():
    img = fk.gradient((800, 533), (170, 200, 225), (30, 70, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 250, 800, 533], fill=(25, 60, 100))
    for i in range(0, 800, 40):
        d.line([(i, 300 + (i % 80)), (i + 25, 300 + (i % 80))], fill=(200, 220, 235), width=2)
    d.polygon([(385, 330), (415, 330), (420, 250), (380, 250)], fill=(35, 35, 40))
    d.polygon([(400, 255), (300, 190), (330, 175), (400, 225), (470, 175), (500, 190)], fill=(35, 35, 40))
    d.ellipse([360, 320, 440, 345], fill=(220, 235, 245))
    return fk.photo_finish(img, seed=17082)


def hydrangeas():
    img = Image.new("RGB", (800, 533), (90, 140, 70))
    d = ImageDraw.Draw(img)
    d.polygon([(330, 533), (470, 533), (430, 0), (370, 0)], fill=(120, 120, 120))
    import numpy as np

    rng = np.random.default_rng(17083)
    for _ in range(140):
        x = int(rng.integers(0, 800))
        if 300 < x < 500:
            continue
        y, r = int(rng.integers(0, 533)), int(rng.integers(14, 30))
        c = (int(rng.integers(70, 120)), int(rng.integers(110, 150)), int(rng.integers(200, 250)))
        d.ellipse([x - r, y - r, x + r, y + r], fill=c)
    return fk.photo_finish(img, seed=17083)


def trail_sign():
    img = fk.gradient((800, 533), (160, 200, 235), (120, 160, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([385, 330, 415, 533], fill=(90, 60, 35))
    d.rectangle([150, 70, 650, 350], fill=(110, 70, 40), outline=(70, 45, 25), width=8)
    fk.draw_lines(img, (180, 95), ["TRILHO PR 7 SMI", "Lagoa das Sete Cidades", "Miradouro da Boca do Inferno",
                                   "7,5 km  ·  3 h", "Dificuldade: média", "Circular"],
                  fk.font(fk.BOLD, 28), fill=(250, 240, 210), gap=12)
    return fk.photo_finish(img, seed=17084, noise=5.0, blur=0.6)


def lighthouse():
    img = fk.gradient((800, 533), (250, 170, 90), (120, 70, 110))
    d = ImageDraw.Draw(img)
    d.ellipse([560, 220, 640, 300], fill=(255, 220, 120))
    d.rectangle([0, 330, 800, 533], fill=(50, 50, 90))
    d.polygon([(0, 533), (0, 280), (200, 300), (360, 360), (380, 533)], fill=(40, 35, 35))
    d.polygon([(120, 290), (170, 290), (160, 140), (130, 140)], fill=(245, 245, 240))
    d.rectangle([128, 185, 162, 205], fill=(200, 40, 40))
    d.rectangle([125, 120, 165, 140], fill=(255, 240, 150))
    return fk.photo_finish(img, seed=17085)


IMAGES = {
    "Screenshot 2026-07-02 at 14.07.33.png": hotel_booking,
    "Screenshot_20260704-081512.png": bus_app,
    "Bildschirmfoto 2026-07-05 um 09.14.22.png": parcel_notice,
    "Schermata 2026-07-06 alle 11.02.45.png": gym_schedule,
    "Captura de pantalla 2026-07-07 a las 20.15.09.png": flat_listing,
    "PXL_20260708_101533123.jpg": parking_sign,
    "20260709_134501.jpg": menu_board,
    "WhatsApp Image 2026-07-10 at 09.12.47.jpeg": permission_slip,
    "scan0001.jpg": parking_permit_letter,
    "FB_IMG_1720605123456.jpg": flea_market_flyer,
    "photo_2026-07-12_19-03-55.jpg": tasca_receipt,
    "IMG_E4521.JPG": lemon_drizzle,
    "IMG-20260713-WA0007.jpg": motorbike,
    "DSC01234.JPG": rocket,
    "_MG_4410.JPG": astronaut,
    "azores_2026/P1040211.JPG": crater_lake,
    "azores_2026/P1040218.JPG": whale_tail,
    "azores_2026/P1040225.JPG": hydrangeas,
    "azores_2026/P1040233.JPG": trail_sign,
    "azores_2026/P1040240.JPG": lighthouse,
}


def main() -> None:
    # the one PCM .wav is spoken a little faster and with shorter pauses so it stays small
    wav = {k: v for k, v in SPEECH.items() if k.lower().endswith(".wav")}
    rest = {k: v for k, v in SPEECH.items() if k not in wav}
    paths = fk.synthesize(rest, HERE, speed=150, max_seconds=30)
    paths += fk.synthesize(wav, HERE, speed=165, pause=0.3, max_seconds=15)
    paths += fk.save_images(HERE, IMAGES)
    fk.report(paths, MAX_BYTES)


if __name__ == "__main__":
    main()
