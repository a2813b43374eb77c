"""Recreate the fixture files used by the fourteenth held-out routing set (bench/routing_heldout14/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout14/make_fixtures.py

Written on the shared helpers in ``bench/routing_files/fixture_kit.py``. Everything is generated from
scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow and really contain their text: three screenshots (a train booking
  in a mail app, a meeting invite on a Mac, a holiday flat's Wi-Fi card pasted as ``image.png``), an
  Instagram-story screenshot of a Portuguese book fair, and photographed or scanned paper (a pharmacy
  label, a German nursery letter, a French water-cut notice, a Spanish museum sign, an Italian ferry
  timetable, a Dutch shop receipt, a handwritten chores whiteboard);
* the photos are scikit-image's bundled samples ``chelsea`` (a cat), ``coffee``, ``camera`` (a man with
  a camera on a tripod, greyscale) and ``hubble_deep_field`` (cropped, resized, with seeded noise), and
  the five drawn scenes of the album ``dolomiti_2025/`` (one of them a mountain hut's menu board);
* audio is synthesized with espeak-ng and re-encoded with ffmpeg to mono 16 kHz (8 kHz for .wav and
  .flac) in several containers (.m4a, .wav, .mp3, .ogg, .aac), each clip under 16 s.

Every file stays under 200 KB. The routing set only *plans*, so the files exist to make the requests
realistic and the paths real; their content matches what the requests ask about.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/routing_files: fixture_kit

from fixture_kit import (  # noqa: E402
    BOLD,
    HAND,
    HAND_BOLD,
    MARKER,
    MONO,
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
)
from PIL import Image, ImageDraw, ImageOps  # noqa: E402

MAX_BYTES = 200_000
ALBUM = "dolomiti_2025"

# --------------------------------------------------------------------------- images with text


def pharmacy_label() -> Image.Image:  # IMG_0923.JPG (a dispensing label on a medicine box, photographed)
    doc = Image.new("RGB", (330, 200), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 330, 30], fill=(0, 120, 90))
    draw_lines(doc, (10, 6), ["Meadow Road Pharmacy"], font(BOLD, 15), fill="white")
    draw_lines(doc, (12, 40), ["AMOXICILLIN 500 mg CAPSULES  x21", "", "Take ONE capsule THREE times a day",
                               "for 7 days. Finish the course.", "Space the doses evenly.", "",
                               "Mr D. Okafor        14/04/2026"], font(SANS, 12), gap=4)
    bg = Image.new("RGB", (380, 250), (235, 225, 200))  # the box
    bg.paste(doc, (25, 25))
    return photographed(bg, 1401, angle=-1.8, bg=(120, 110, 100), pad=16)


def train_booking() -> Image.Image:  # Screenshot_20260410-194522_Gmail.jpg (a booking e-mail on Android)
    img = Image.new("RGB", (300, 520), (255, 255, 255))
    d = ImageDraw.Draw(img)
    draw_lines(img, (10, 4), ["19:45"], font(SANS, 11), fill=(20, 20, 20))
    draw_lines(img, (14, 34), ["Your e-ticket is confirmed"], font(BOLD, 16), fill=(20, 20, 20))
    draw_lines(img, (14, 60), ["From: tickets@northline.example"], font(SANS, 10), fill=(120, 120, 120))
    d.rounded_rectangle([12, 90, 288, 330], radius=10, outline=(200, 200, 200), width=2)
    draw_lines(img, (24, 102), ["London Euston", "  -> Manchester Piccadilly"], font(BOLD, 14), fill=(30, 30, 90), gap=4)
    draw_lines(img, (24, 150), ["Friday 24 April 2026", "Departs 07:43   Arrives 09:51", "Coach C, seat 42 (window)",
                                "1 adult, Advance Single", "Total paid: 38.60", "", "Booking ref: K7Q2MX"],
               font(SANS, 12), fill=(40, 40, 40), gap=7)
    draw_lines(img, (14, 350), ["Show the QR code in the app or print", "this e-mail. Tickets are valid only on",
                                "the train shown."], font(SANS, 11), fill=(90, 90, 90), gap=5)
    return img


def meeting_invite_mac() -> Image.Image:  # Screen Shot 2026-04-13 at 9.05.33 AM.png (a calendar invite)
    img = Image.new("RGB", (500, 300), (236, 236, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 500, 24], fill=(222, 222, 222))
    for i, c in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        d.ellipse([10 + 18 * i, 7, 22 + 18 * i, 19], fill=c)
    d.rectangle([16, 34, 484, 290], fill="white")
    d.rectangle([16, 34, 22, 290], fill=(70, 130, 220))
    draw_lines(img, (36, 46), ["Q1 review with Brightwell"], font(BOLD, 18), fill=(30, 30, 30))
    draw_lines(img, (36, 78), ["Thursday 23 April 2026, 14:00 - 15:00 (BST)", "Organiser: Hannah Ives",
                               "", "Join video call", "Meeting ID: 812 4471 9032", "Passcode: 5521", "",
                               "Please bring the updated sales figures."], font(SANS, 13), fill=(50, 50, 50), gap=6)
    return img


def wifi_card() -> Image.Image:  # image.png (a holiday flat's welcome card, pasted from the clipboard)
    img = Image.new("RGB", (340, 260), (250, 246, 236))
    d = ImageDraw.Draw(img)
    d.rectangle([8, 8, 332, 252], outline=(40, 110, 160), width=3)
    draw_lines(img, (24, 20), ["Welcome to Casa Azul!"], font(SERIF_BOLD, 20), fill=(40, 110, 160))
    draw_lines(img, (24, 60), ["Wi-Fi:  CasaAzul_Guest", "Password:  limao2026", "", "Check-out by 11:00",
                               "Leave the keys on the kitchen table.", "Glass bin: Tuesdays", "",
                               "Any problems: call Rita 912 345 678"], font(SANS, 13), fill=(40, 40, 40), gap=6)
    return img


def kita_letter_de() -> Image.Image:  # CamScanner 04-12-2026 10.15.jpg (a nursery's letter, scanned with an app)
    doc = Image.new("RGB", (380, 420), (255, 255, 255))
    draw_lines(doc, (26, 22), ["Kita Sonnenblume"], font(SERIF_BOLD, 20))
    draw_lines(doc, (26, 50), ["Lindenstraße 12, 79098 Freiburg"], font(SERIF, 11), fill=(90, 90, 90))
    draw_lines(doc, (26, 90), ["Liebe Eltern,", "", "am Freitag, 8. Mai, bleibt die Kita", "wegen eines Teamtags geschlossen.",
                               "", "Wer eine Notbetreuung braucht,", "meldet sich bitte bis zum 30. April", "im Büro an.",
                               "", "Am Montag, 11. Mai, sind wir ab", "7:30 Uhr wieder für Sie da.", "",
                               "Viele Grüße, Ihr Kita-Team"], font(SERIF, 14), gap=5)
    return photo_finish(ImageOps.grayscale(doc).convert("RGB"), 1405, noise=2.5, blur=0.4)


def water_cut_fr() -> Image.Image:  # IMG-20260411-WA0003.jpg (a notice in a building's hall, photographed)
    doc = Image.new("RGB", (320, 300), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 320, 46], fill=(20, 80, 160))
    draw_lines(doc, (18, 10), ["AVIS AUX RÉSIDENTS"], font(BOLD, 20), fill="white")
    draw_lines(doc, (18, 62), ["Coupure d'eau", "mardi 21 avril", "de 9 h à 16 h"], font(BOLD, 17), gap=5)
    draw_lines(doc, (18, 150), ["Travaux sur la colonne montante,", "bâtiment B.", "Pensez à faire des réserves.",
                                "", "Merci de votre compréhension.", "Le syndic - Foncia Lyon 3"],
               font(SANS, 12), gap=5)
    return photographed(doc, 1406, angle=1.4, bg=(180, 170, 150), pad=26)


def museum_sign_es() -> Image.Image:  # DSCF2281.JPG (an opening-hours sign by a museum door, photographed)
    img = Image.new("RGB", (360, 380), (200, 180, 150))  # sandstone wall
    d = ImageDraw.Draw(img)
    d.rectangle([40, 24, 320, 350], fill=(30, 40, 60), outline=(180, 150, 80), width=5)
    gold = (230, 200, 120)
    draw_lines(img, (60, 40), ["MUSEO DE LA CIUDAD"], font(BOLD, 17), fill=gold)
    draw_lines(img, (60, 80), ["Horario", "Martes a sábado  10:00 - 19:00", "Domingos  10:00 - 14:00",
                               "Lunes cerrado", "", "Entrada general  6 €", "Estudiantes y +65  3 €",
                               "Gratis el domingo", "", "Última entrada 30 min", "antes del cierre"],
               font(SANS, 13), fill=(240, 240, 230), gap=6)
    return photo_finish(img.rotate(-1.0, resample=Image.BICUBIC, fillcolor=(200, 180, 150)), 1407)


def ferry_timetable_it() -> Image.Image:  # received_1187349925561203.jpeg (a ferry timetable, from Messenger)
    doc = Image.new("RGB", (320, 340), (255, 255, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 320, 44], fill=(0, 90, 160))
    draw_lines(doc, (16, 10), ["NAPOLI -> CAPRI"], font(BOLD, 20), fill="white")
    draw_lines(doc, (16, 56), ["Aliscafi - orario estivo"], font(SANS, 13), fill=(80, 80, 80))
    draw_lines(doc, (16, 86), ["Partenze da Molo Beverello:", "  08:10", "  10:40", "  13:15", "  17:30", "",
                               "Biglietto adulti   22,50 €", "Bagaglio grande     3,00 €", "",
                               "Imbarco 20 minuti prima"], font(MONO, 13), gap=5)
    return photographed(doc, 1408, angle=-2.0, bg=(90, 100, 110), pad=22)


def receipt_nl() -> Image.Image:  # IMG_E3312.JPG (a shop receipt, photographed)
    doc = Image.new("RGB", (240, 400), (252, 252, 248))
    draw_lines(doc, (14, 12), ["   BUURTSUPER DE LINDE", "   Kerkstraat 8, Haarlem", "", "Volle melk 1L        1,29",
                               "Bruin brood          2,49", "Jonge kaas 500g      6,95", "Appels (1,2 kg)      2,76",
                               "Tulpen bos           4,99", "Koffiebonen          5,39", "------------------------",
                               "TOTAAL              23,87", "PIN                 23,87", "",
                               "12-04-2026  17:32", "Bedankt en tot ziens!"], font(MONO, 12), gap=5)
    return photographed(doc, 1409, angle=2.6, bg=(70, 60, 50), pad=20)


def book_fair_pt() -> Image.Image:  # Screenshot_20260415_221407_Instagram.jpg (a story about a book fair)
    img = gradient((300, 520), (240, 120, 60), (170, 40, 110))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([30, 20, 130, 40], radius=9, fill=(255, 255, 255))
    draw_lines(img, (38, 24), ["livrarialuz"], font(SANS, 10), fill=(30, 30, 30))
    draw_lines(img, (30, 90), ["FEIRA DO", "LIVRO"], font(MARKER, 40), fill="white", gap=2)
    draw_lines(img, (30, 200), ["Jardim da Estrela, Lisboa", "25 de abril a 4 de maio", "das 11h às 20h", "",
                                "Entrada livre", "Sessões de autógrafos", "sábado às 17h"],
               font(BOLD, 15), fill="white", gap=7)
    return img


def chores_whiteboard() -> Image.Image:  # IMG_20260416_172030.jpg (a handwritten whiteboard in a shared flat)
    img = Image.new("RGB", (380, 300), (150, 140, 130))  # kitchen wall
    d = ImageDraw.Draw(img)
    d.rectangle([20, 20, 360, 280], fill=(248, 248, 250), outline=(160, 160, 170), width=6)
    blue, red = (30, 60, 150), (190, 30, 30)
    draw_lines(img, (36, 30), ["CHORES this week"], font(HAND_BOLD, 22), fill=blue)
    draw_lines(img, (36, 70), ["Ana - bins out Wed night", "Leo - hoover + stairs", "Sam - bathroom",
                               "Priya - fridge clear-out"], font(HAND, 18), fill=blue, gap=6)
    draw_lines(img, (36, 190), ["Rent due on the 1st!", "Gas meter reading by Fri"], font(HAND_BOLD, 18), fill=red,
               gap=6)
    return photo_finish(img, 1411)


def hut_menu_board() -> Image.Image:  # dolomiti_2025/DJI_0047.JPG (a mountain hut's menu board)
    img = gradient((360, 270), (100, 160, 220), (200, 220, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 190, 360, 270], fill=(120, 90, 60))  # wooden terrace
    d.rectangle([36, 14, 324, 230], fill=(60, 40, 25), outline=(30, 20, 10), width=6)
    cream = (245, 235, 210)
    draw_lines(img, (56, 24), ["RIFUGIO STELLA ALPINA"], font(BOLD, 16), fill=cream)
    draw_lines(img, (56, 56), ["Canederli in brodo   11 €", "Polenta e funghi     14 €", "Goulash con pane     13 €",
                               "Strudel di mele       6 €", "Birra 0,5 l           5 €", "",
                               "Cucina 12-15  /  Solo contanti"], font(MONO, 12), fill=cream, gap=6)
    return photo_finish(img, 1412)


# --------------------------------------------------------------------------- photos


def cat_photo() -> Image.Image:  # IMG_2047.JPG (a ginger tabby cat, skimage "chelsea")
    return photo_finish(skimage_photo("chelsea", size=(340, 226)), 1413, noise=3.0, blur=0.3)


def coffee_photo() -> Image.Image:  # DSC_0318.JPG (a cup of coffee on a saucer, skimage "coffee")
    return photo_finish(skimage_photo("coffee", size=(360, 240)), 1414, noise=3.0, blur=0.3)


def cameraman_photo() -> Image.Image:  # 1000001234.jpg (a man with a camera on a tripod, greyscale, skimage)
    return photo_finish(skimage_photo("camera", size=(300, 300)), 1415, noise=3.0, blur=0.3)


def galaxies_photo() -> Image.Image:  # download.jpeg (a deep-sky field full of galaxies, skimage "hubble")
    return photo_finish(skimage_photo("hubble_deep_field", crop=(0, 0, 600, 450), size=(360, 270)), 1416,
                        noise=2.0, blur=0.2)


def lake_photo() -> Image.Image:  # dolomiti_2025/DJI_0031.JPG (a green mountain lake with peaks reflected)
    img = gradient((360, 270), (110, 160, 225), (200, 220, 240))
    d = ImageDraw.Draw(img)
    peaks = [(0, 130), (60, 50), (110, 110), (170, 30), (230, 100), (290, 45), (360, 120), (360, 140), (0, 140)]
    d.polygon(peaks, fill=(150, 145, 150))
    for x, y in ((60, 50), (170, 30), (290, 45)):
        d.polygon([(x - 14, y + 22), (x, y), (x + 14, y + 22)], fill=(250, 250, 250))  # snow
    d.rectangle([0, 135, 360, 160], fill=(40, 90, 50))  # forest
    d.rectangle([0, 160, 360, 270], fill=(40, 130, 120))  # lake
    d.polygon([(x, 320 - y) for x, y in peaks[:7]] + [(360, 160), (0, 160)], fill=(80, 140, 140))  # reflection
    return photo_finish(img, 1417)


def cable_car_photo() -> Image.Image:  # dolomiti_2025/DJI_0035.JPG (a red cable car over a pine valley)
    img = gradient((360, 270), (90, 150, 220), (190, 215, 240))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 270), (0, 150), (120, 200), (240, 140), (360, 180), (360, 270)], fill=(40, 90, 50))
    d.line([0, 40, 360, 120], fill=(40, 40, 40), width=2)  # cable
    d.line([180, 80, 180, 100], fill=(40, 40, 40), width=3)
    d.rounded_rectangle([150, 100, 210, 150], radius=6, fill=(200, 30, 30))
    for x in (158, 176, 194):
        d.rectangle([x, 108, x + 12, 124], fill=(200, 225, 240))
    return photo_finish(img, 1418)


def cow_photo() -> Image.Image:  # dolomiti_2025/DJI_0039.JPG (a brown cow with a bell on an alpine meadow)
    img = gradient((360, 270), (110, 170, 230), (200, 225, 245))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 120), (90, 60), (180, 110), (280, 50), (360, 100), (360, 140), (0, 140)], fill=(140, 140, 150))
    d.rectangle([0, 130, 360, 270], fill=(90, 160, 60))  # meadow
    d.ellipse([110, 150, 240, 215], fill=(130, 80, 45))  # body
    d.ellipse([225, 135, 275, 180], fill=(130, 80, 45))  # head
    for x in (125, 150, 205, 225):
        d.rectangle([x, 205, x + 10, 245], fill=(110, 65, 35))
    d.ellipse([243, 182, 257, 198], fill=(210, 180, 60))  # bell
    for i in range(30):
        x, y = (i * 37) % 360, 150 + (i * 53) % 110
        d.ellipse([x, y, x + 5, y + 5], fill=(250, 240, 120))  # flowers
    return photo_finish(img, 1419)


def tent_night_photo() -> Image.Image:  # dolomiti_2025/DJI_0052.JPG (an orange tent under a starry night sky)
    img = gradient((360, 270), (8, 10, 35), (30, 35, 70))
    d = ImageDraw.Draw(img)
    for i in range(90):
        x, y = (i * 97) % 360, (i * 61) % 170
        r = 1 + (i % 3 == 0)
        d.ellipse([x, y, x + r, y + r], fill=(245, 245, 255))  # stars
    d.polygon([(0, 200), (120, 160), (240, 190), (360, 150), (360, 270), (0, 270)], fill=(15, 25, 20))
    d.polygon([(130, 240), (180, 180), (230, 240)], fill=(230, 120, 30))  # tent, lit from inside
    d.polygon([(170, 240), (180, 200), (190, 240)], fill=(255, 210, 120))
    return photo_finish(img, 1420, noise=4.0)


IMAGES = {
    # screenshots
    "Screenshot_20260410-194522_Gmail.jpg": train_booking,
    "Screen Shot 2026-04-13 at 9.05.33 AM.png": meeting_invite_mac,
    "image.png": wifi_card,
    "Screenshot_20260415_221407_Instagram.jpg": book_fair_pt,
    # photographed or scanned text
    "IMG_0923.JPG": pharmacy_label,
    "CamScanner 04-12-2026 10.15.jpg": kita_letter_de,
    "IMG-20260411-WA0003.jpg": water_cut_fr,
    "DSCF2281.JPG": museum_sign_es,
    "received_1187349925561203.jpeg": ferry_timetable_it,
    "IMG_E3312.JPG": receipt_nl,
    "IMG_20260416_172030.jpg": chores_whiteboard,
    # photos
    "IMG_2047.JPG": cat_photo,
    "DSC_0318.JPG": coffee_photo,
    "1000001234.jpg": cameraman_photo,
    "download.jpeg": galaxies_photo,
    # the mountain album for search (one of its five photos is the hut's menu board: text)
    f"{ALBUM}/DJI_0031.JPG": lake_photo,
    f"{ALBUM}/DJI_0035.JPG": cable_car_photo,
    f"{ALBUM}/DJI_0039.JPG": cow_photo,
    f"{ALBUM}/DJI_0047.JPG": hut_menu_board,
    f"{ALBUM}/DJI_0052.JPG": tent_night_photo,
}

# --------------------------------------------------------------------------- audio

SPEECH = {
    "New Recording 27.m4a": [
        ("en-gb+f2", "Hi, this is Harbourside Vets calling about Miso. Her booster vaccination is due, so we've "
                     "booked her in for Thursday the sixteenth of April at quarter past three. Please bring her in a carrier."),
    ],
    "ZOOM0007.WAV": [
        ("en-us+m2", "Right, street party. We need thirty signatures for the road closure by the end of April."),
        ("en-us+f3", "The date is Saturday the thirteenth of June. Everyone brings their own chairs, and I'll sort the bunting."),
    ],
    "REC001.mp3": [
        ("en-us+m1", "Okay everyone, for next week please read chapter seven. The essay is due on the twenty seventh "
                     "of April, two thousand words, and it goes in through the online portal, not on paper."),
    ],
    "Recording (3).m4a": [
        ("en-gb+f4", "Hi, it's Joyce, your landlady. The gas safety check is on Tuesday the twenty first, between "
                     "eight and twelve, so someone needs to be in. Oh, and the bins go out on Wednesdays now."),
    ],
    "Sprachmemo 004.m4a": [
        ("de+f3", "Hallo Jonas, hier ist Oma. Wir kommen am Sonntag um halb zwölf zum Mittagessen. Ich bringe den "
                  "Apfelkuchen mit, und Papa holt uns vom Bahnhof ab."),
    ],
    "WhatsApp Audio 2026-04-10 at 18.42.07.ogg": [
        ("fr-fr+f3", "Salut, c'est Claire. Le cours de poterie de jeudi est annulé. On le rattrape samedi à dix "
                     "heures, même salle. Pense à apporter un tablier."),
    ],
    "Nueva grabación 8.m4a": [
        ("es+m3", "Hola, soy Lucía de la inmobiliaria. La visita al piso de la calle Goya es el martes a las seis y "
                  "media. Trae la última nómina y el DNI, por favor."),
    ],
    "Registrazione 20260411091433.mp3": [
        ("it+m3", "Buongiorno, sono Giorgio, l'amministratore. L'assemblea di condominio è giovedì alle nove di sera "
                  "in portineria. Si vota il rifacimento del tetto. Se non può venire, porti la delega."),
    ],
    "voice-message.ogg": [
        ("nl+f2", "Hoi, met Femke van de voetbalclub. De training van zaterdag begint om kwart over negen in plaats "
                  "van tien uur. Vergeet de scheenbeschermers niet."),
    ],
    "record_20260413_101520.aac": [
        ("pt+f2", "Bom dia, fala a Inês da farmácia Central. A sua receita já está pronta. Pode levantar até sábado "
                  "ao meio-dia. São doze euros e quarenta."),
    ],
}


if __name__ == "__main__":
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=165, max_seconds=16.0)
    report(paths, MAX_BYTES)
