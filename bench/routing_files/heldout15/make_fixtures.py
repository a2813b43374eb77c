"""Recreate the fixture files used by the fifteenth held-out routing set (bench/routing_heldout15/).

Run from the repo root with the project venv (needs Pillow, numpy and scikit-image, plus the
``espeak-ng`` and ``ffmpeg`` commands):

    .venv/bin/python bench/routing_files/heldout15/make_fixtures.py

Written on the shared helpers in ``bench/routing_files/fixture_kit.py``. Everything is generated from
scratch and deterministically, with no downloads and no model:

* text images are drawn with Pillow and really contain their text: four screenshots (a parcel
  tracking page on a Mac, a boarding pass on Android, a Windows update error, a school-trip note
  saved from WhatsApp Web), and photographed or scanned paper and signs (a parking sign, an Italian
  restaurant bill, a German doctor's appointment card, a Spanish gym timetable, a Dutch bakery's
  opening hours, a Portuguese dish-of-the-day board, a handwritten fridge note, a biscuit packet's
  allergen label);
* the photos are scikit-image's bundled samples ``astronaut``, ``rocket`` and ``motorcycle`` (cropped,
  resized, with seeded noise), and the five drawn scenes of the album ``camino_2026/`` (one of them a
  pilgrims' hostel sign: text);
* audio is synthesized with espeak-ng and re-encoded with ffmpeg to mono 16 kHz (8 kHz for .wav) in
  several containers (.m4a, .wav, .mp3, .ogg, .opus), each clip under 16 s.

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
ALBUM = "camino_2026"

# --------------------------------------------------------------------------- images with text


def parcel_tracking() -> Image.Image:  # Screenshot 2026-05-03 at 14.22.10.png (a tracking page in a browser)
    img = Image.new("RGB", (520, 300), (240, 240, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 520, 26], fill=(225, 225, 225))
    for i, c in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        d.ellipse([10 + 18 * i, 8, 22 + 18 * i, 20], fill=c)
    d.rounded_rectangle([90, 5, 430, 21], radius=6, fill="white")
    draw_lines(img, (100, 7), ["track.swiftparcel.example/QX8841203GB"], font(SANS, 10), fill=(80, 80, 80))
    d.rectangle([0, 26, 520, 64], fill=(200, 20, 40))
    draw_lines(img, (20, 36), ["SwiftParcel"], font(BOLD, 18), fill="white")
    draw_lines(img, (20, 80), ["Your parcel is on its way"], font(BOLD, 17), fill=(30, 30, 30))
    draw_lines(img, (20, 112), ["Delivery: Tuesday 12 May", "Time slot: 10:15 - 11:15", "Driver: Marek",
                                "Safe place: porch (if you are out)", "", "Tracking number: QX8841203GB",
                                "Sender: Harlow Garden Supplies"], font(SANS, 13), fill=(50, 50, 50), gap=6)
    return img


def boarding_pass() -> Image.Image:  # Screenshot_20260504-081233.png (a mobile boarding pass, Android)
    img = Image.new("RGB", (300, 540), (250, 250, 252))
    d = ImageDraw.Draw(img)
    draw_lines(img, (10, 4), ["08:12"], font(SANS, 11), fill=(20, 20, 20))
    d.rectangle([0, 24, 300, 90], fill=(0, 50, 120))
    draw_lines(img, (16, 34), ["BOARDING PASS", "AirLumo  LM 2417"], font(BOLD, 15), fill="white", gap=4)
    draw_lines(img, (16, 104), ["BRISTOL (BRS)  ->  FARO (FAO)"], font(BOLD, 14), fill=(20, 20, 60))
    draw_lines(img, (16, 140), ["Passenger: MS HELEN PARRY", "Date: Sat 16 May 2026", "Departure: 06:55",
                                "Gate closes: 06:25", "Gate: 14", "Seat: 23F", "Boarding group: 3",
                                "Cabin bag only (10 kg)"], font(SANS, 13), fill=(40, 40, 40), gap=8)
    for i in range(34):  # a barcode
        w = 2 + (i * 7) % 4
        x = 30 + i * 7
        d.rectangle([x, 400, x + w // 2, 470], fill="black")
    return img


def parking_sign() -> Image.Image:  # IMG_5520.jpeg (a street parking sign on a pole, photographed)
    img = gradient((320, 400), (150, 180, 215), (210, 215, 220))
    d = ImageDraw.Draw(img)
    d.rectangle([150, 0, 170, 400], fill=(120, 120, 125))  # pole
    d.rectangle([50, 40, 270, 320], fill="white", outline=(20, 60, 160), width=6)
    d.ellipse([130, 52, 190, 112], fill=(20, 60, 160))
    draw_lines(img, (150, 62), ["P"], font(BOLD, 34), fill="white")
    draw_lines(img, (66, 124), ["PERMIT HOLDERS", "ONLY", "ZONE K", "", "Mon - Fri", "8 am - 6 pm", "",
                                "Others: max 1 hour,", "no return within 2 hours"], font(BOLD, 14),
               fill=(20, 40, 120), gap=4)
    return photo_finish(img.rotate(1.5, resample=Image.BICUBIC, fillcolor=(200, 205, 215)), 1501)


def trattoria_bill_it() -> Image.Image:  # PXL_20260505_173045123.jpg (a restaurant bill, photographed)
    doc = Image.new("RGB", (250, 400), (252, 252, 246))
    draw_lines(doc, (14, 12), ["   TRATTORIA DA NINO", "   Via dei Serragli 41", "      Firenze", "",
                               "2 Coperto             4,00", "1 Ribollita           9,00", "1 Pappardelle cinghiale",
                               "                     14,00", "1 Bistecca (0,8 kg)  36,00", "1 Vino rosso 0,5 l    9,00",
                               "2 Caffè               3,00", "------------------------", "TOTALE               75,00",
                               "Carta                75,00", "", "05/05/2026  21:14", "Grazie e arrivederci!"],
               font(MONO, 12), gap=4)
    return photographed(doc, 1502, angle=-2.2, bg=(110, 70, 50), pad=20)


def doctor_card_de() -> Image.Image:  # scan0001.jpg (a doctor's appointment card, scanned)
    doc = Image.new("RGB", (420, 260), (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([10, 10, 410, 250], outline=(0, 110, 130), width=3)
    draw_lines(doc, (28, 22), ["Praxis Dr. med. Anja Weber"], font(SERIF_BOLD, 18), fill=(0, 90, 110))
    draw_lines(doc, (28, 48), ["Allgemeinmedizin  -  Hauptstraße 27, Kassel"], font(SERIF, 11), fill=(90, 90, 90))
    draw_lines(doc, (28, 84), ["Ihr nächster Termin:", "Mittwoch, 13. Mai 2026, 8:40 Uhr", "",
                               "Bitte nüchtern kommen (Blutabnahme).", "Versichertenkarte nicht vergessen!",
                               "Absage bitte 24 Stunden vorher: 0561 44 82 10"], font(SERIF, 14), gap=5)
    return photo_finish(ImageOps.grayscale(doc).convert("RGB"), 1503, noise=2.5, blur=0.4)


def school_trip_fr() -> Image.Image:  # WhatsApp Image 2026-05-06 at 20.11.43.jpeg (a school note, photographed)
    doc = Image.new("RGB", (320, 340), (255, 255, 255))
    draw_lines(doc, (18, 14), ["École Jules-Ferry - CE2 B"], font(BOLD, 15))
    draw_lines(doc, (18, 46), ["Chers parents,", "", "Sortie scolaire au zoo de Beauval", "le jeudi 21 mai.",
                               "Départ du car à 8 h 30,", "retour vers 17 h 45.", "", "Prévoir un pique-nique,",
                               "une casquette et une gourde.", "Participation : 12 €", "(coupon à rendre avant le 14 mai)",
                               "", "Mme Lefèvre"], font(SANS, 12), gap=5)
    return photographed(doc, 1504, angle=1.2, bg=(160, 120, 80), pad=22)


def gym_timetable_es() -> Image.Image:  # WIN_20260507_09_13_22_Pro.jpg (a gym timetable, webcam photo)
    img = Image.new("RGB", (380, 330), (60, 60, 70))  # wall
    d = ImageDraw.Draw(img)
    d.rectangle([24, 18, 356, 312], fill=(250, 250, 245))
    d.rectangle([24, 18, 356, 56], fill=(230, 90, 20))
    draw_lines(img, (40, 26), ["GIMNASIO OLÍMPICO - CLASES"], font(BOLD, 16), fill="white")
    draw_lines(img, (40, 70), ["Lunes      Pilates      19:00", "Martes     Spinning     20:00",
                               "Miércoles  Pilates      19:00", "Jueves     Zumba        18:30",
                               "Viernes    Body pump    19:30", "Sábado     Yoga         10:00", "",
                               "Reserva la plaza en la app.", "Trae toalla."], font(MONO, 13), gap=7)
    return photo_finish(img, 1505, noise=7.0, blur=0.9)


def bakery_hours_nl() -> Image.Image:  # mmexport1715091234567.jpg (a bakery's door sign, photographed)
    img = Image.new("RGB", (340, 380), (120, 80, 50))  # wooden door
    d = ImageDraw.Draw(img)
    d.rectangle([40, 30, 300, 350], fill=(245, 240, 225), outline=(60, 40, 20), width=4)
    draw_lines(img, (58, 44), ["BAKKERIJ VAN DAM"], font(SERIF_BOLD, 18), fill=(90, 50, 20))
    draw_lines(img, (58, 80), ["Openingstijden", "", "ma - vr   7:00 - 18:00", "zaterdag  7:00 - 17:00",
                               "zondag    gesloten", "", "Hemelvaartsdag", "(14 mei) gesloten", "",
                               "Bestellen: 023 531 22 40"], font(SANS, 13), fill=(40, 30, 20), gap=5)
    return photo_finish(img.rotate(-1.6, resample=Image.BICUBIC, fillcolor=(120, 80, 50)), 1506)


def prato_do_dia_pt() -> Image.Image:  # 20260508_121314.jpg (a café's chalkboard, Samsung camera)
    img = Image.new("RGB", (360, 330), (170, 150, 120))
    d = ImageDraw.Draw(img)
    d.rectangle([30, 16, 330, 314], fill=(35, 45, 40), outline=(110, 75, 40), width=10)
    chalk = (235, 235, 225)
    draw_lines(img, (52, 34), ["Café Tágide"], font(HAND_BOLD, 24), fill=chalk)
    draw_lines(img, (52, 80), ["Prato do dia:", "Bacalhau à Brás  9,50 €", "", "Sopa de legumes  2,00 €",
                               "Pastel de nata  1,20 €", "Bica  0,80 €", "", "Menu almoço (12h-15h)",
                               "prato + sopa + bebida 11 €"], font(HAND, 17), fill=chalk, gap=5)
    return photo_finish(img, 1507)


def update_error() -> Image.Image:  # Screenshot (14).png (a Windows update error, full-screen PrintScreen crop)
    img = Image.new("RGB", (520, 280), (0, 90, 160))
    d = ImageDraw.Draw(img)
    d.rectangle([40, 30, 480, 250], fill=(243, 243, 243))
    d.rectangle([40, 30, 480, 58], fill=(230, 230, 230))
    draw_lines(img, (52, 36), ["Windows Update"], font(SANS, 13), fill=(30, 30, 30))
    draw_lines(img, (60, 72), ["Some updates failed to install"], font(BOLD, 16), fill=(30, 30, 30))
    draw_lines(img, (60, 104), ["2026-05 Cumulative Update (KB5037771)", "Error 0x80070643", "",
                                "There is not enough space on the", "recovery partition. Free up 250 MB",
                                "and try again."], font(SANS, 13), fill=(60, 60, 60), gap=5)
    d.rectangle([360, 214, 466, 240], fill=(0, 103, 192))
    draw_lines(img, (388, 219), ["Retry"], font(SANS, 13), fill="white")
    return img


def fridge_note() -> Image.Image:  # Snapchat-1938472615.jpg (a handwritten note on the fridge)
    img = Image.new("RGB", (340, 400), (225, 228, 230))  # fridge door
    d = ImageDraw.Draw(img)
    d.rectangle([40, 40, 300, 360], fill=(255, 243, 150))  # sticky note pad
    d.ellipse([155, 26, 185, 56], fill=(200, 40, 40))  # magnet
    blue = (20, 40, 130)
    draw_lines(img, (58, 70), ["Gone to the gym,", "back by 7.", "", "Feed Biscuit", "(half a tin only!)", "",
                               "Pizza money in", "the blue jar.", "", "Homework FIRST.", "   - Mum x"],
               font(HAND, 19), fill=blue, gap=3)
    return photo_finish(img, 1508)


def biscuit_label() -> Image.Image:  # photo_2026-05-10_16-40-12.jpg (the back of a biscuit packet, Telegram)
    img = Image.new("RGB", (360, 300), (150, 40, 40))  # packet
    d = ImageDraw.Draw(img)
    d.rectangle([24, 20, 336, 280], fill=(255, 255, 255))
    draw_lines(img, (36, 28), ["OAT & HONEY COOKIES"], font(BOLD, 15), fill=(120, 30, 30))
    draw_lines(img, (36, 56), ["Ingredients: oat flakes (32%), wheat", "flour, sugar, butter (MILK), honey (5%),",
                               "HAZELNUTS, raising agent, salt.", "", "Allergy advice: for allergens see",
                               "ingredients in BOLD. May contain", "PEANUTS and SESAME.", "",
                               "Best before: 09/2026", "Store in a cool, dry place."], font(SANS, 12), gap=5)
    return photographed(img, 1509, angle=-2.4, bg=(200, 195, 185), pad=18)


def albergue_sign() -> Image.Image:  # camino_2026/DSC05026.JPG (a pilgrims' hostel sign)
    img = Image.new("RGB", (360, 270), (215, 200, 170))  # stone wall
    d = ImageDraw.Draw(img)
    for y in range(0, 270, 30):
        d.line([0, y, 360, y], fill=(190, 175, 145), width=2)
    d.rectangle([40, 20, 320, 250], fill=(250, 245, 230), outline=(90, 60, 30), width=5)
    draw_lines(img, (58, 32), ["ALBERGUE SAN ROQUE"], font(BOLD, 16), fill=(90, 60, 30))
    draw_lines(img, (58, 64), ["Peregrinos con credencial", "Cama          12 €", "Desayuno       4 €",
                               "Lavadora       3 €", "", "Abierto 13:00 - 22:00", "Cierre de puertas 22:00"],
               font(MONO, 12), fill=(40, 30, 20), gap=6)
    d.polygon([(290, 200), (305, 215), (290, 230), (295, 215)], fill=(240, 200, 0))  # yellow arrow
    return photo_finish(img, 1510)


# --------------------------------------------------------------------------- photos


def astronaut_photo() -> Image.Image:  # FB_IMG_1715123456789.jpg (an astronaut with a flag, skimage)
    return photo_finish(skimage_photo("astronaut", size=(300, 300)), 1511, noise=3.0, blur=0.3)


def rocket_photo() -> Image.Image:  # GOPR0412.JPG (a rocket on its launch pad, skimage "rocket")
    return photo_finish(skimage_photo("rocket", size=(360, 240)), 1512, noise=3.0, blur=0.3)


def motorcycle_photo() -> Image.Image:  # P1040567.JPG (a motorbike in a garage, skimage "motorcycle")
    return photo_finish(skimage_photo("motorcycle", crop=(60, 20, 660, 470), size=(360, 270)), 1513,
                        noise=3.0, blur=0.3)


def sunflowers_photo() -> Image.Image:  # camino_2026/DSC05011.JPG (a field of sunflowers)
    img = gradient((360, 270), (100, 160, 230), (200, 225, 245))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 360, 270], fill=(70, 120, 40))
    for i in range(60):
        x, y = (i * 47) % 360, 125 + (i * 31) % 140
        r = 6 + (y - 120) // 20
        d.ellipse([x - r, y - r, x + r, y + r], fill=(250, 200, 20))
        d.ellipse([x - r // 2, y - r // 2, x + r // 2, y + r // 2], fill=(90, 55, 20))
    return photo_finish(img, 1514)


def bridge_photo() -> Image.Image:  # camino_2026/DSC05018.JPG (an old stone bridge over a river)
    img = gradient((360, 270), (120, 170, 225), (210, 225, 240))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 120, 360, 160], fill=(60, 110, 50))
    d.rectangle([0, 160, 360, 270], fill=(60, 110, 140))  # river
    d.rectangle([0, 120, 360, 150], fill=(150, 130, 100))  # deck
    for x in (20, 110, 200, 290):
        d.chord([x, 130, x + 70, 200], 180, 360, fill=(60, 110, 140))  # arches
    return photo_finish(img, 1515)


def vineyard_photo() -> Image.Image:  # camino_2026/DSC05033.JPG (rows of vines on a hillside)
    img = gradient((360, 270), (110, 165, 230), (205, 225, 245))
    d = ImageDraw.Draw(img)
    d.polygon([(0, 110), (360, 80), (360, 270), (0, 270)], fill=(150, 120, 70))
    for i in range(9):
        y = 100 + i * 20
        d.line([0, y + 14, 360, y - 10 + i * 2], fill=(50, 110, 40), width=7)
    return photo_finish(img, 1516)


def lighthouse_photo() -> Image.Image:  # camino_2026/DSC05041.JPG (a white lighthouse on a cape at sunset)
    img = gradient((360, 270), (240, 140, 70), (250, 200, 140))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 180, 360, 270], fill=(40, 70, 110))  # sea
    d.polygon([(120, 270), (180, 170), (330, 160), (360, 180), (360, 270)], fill=(80, 80, 60))  # cape
    d.polygon([(240, 170), (250, 70), (270, 70), (280, 170)], fill=(245, 245, 245))
    d.rectangle([244, 56, 276, 72], fill=(60, 60, 60))
    d.ellipse([252, 58, 268, 70], fill=(255, 240, 150))
    return photo_finish(img, 1517)


IMAGES = {
    # screenshots
    "Screenshot 2026-05-03 at 14.22.10.png": parcel_tracking,
    "Screenshot_20260504-081233.png": boarding_pass,
    "Screenshot (14).png": update_error,
    "WhatsApp Image 2026-05-06 at 20.11.43.jpeg": school_trip_fr,
    # photographed or scanned text
    "IMG_5520.jpeg": parking_sign,
    "PXL_20260505_173045123.jpg": trattoria_bill_it,
    "scan0001.jpg": doctor_card_de,
    "WIN_20260507_09_13_22_Pro.jpg": gym_timetable_es,
    "mmexport1715091234567.jpg": bakery_hours_nl,
    "20260508_121314.jpg": prato_do_dia_pt,
    "Snapchat-1938472615.jpg": fridge_note,
    "photo_2026-05-10_16-40-12.jpg": biscuit_label,
    # photos
    "FB_IMG_1715123456789.jpg": astronaut_photo,
    "GOPR0412.JPG": rocket_photo,
    "P1040567.JPG": motorcycle_photo,
    # the walking album for search (one of its five photos is a hostel sign: text)
    f"{ALBUM}/DSC05011.JPG": sunflowers_photo,
    f"{ALBUM}/DSC05018.JPG": bridge_photo,
    f"{ALBUM}/DSC05026.JPG": albergue_sign,
    f"{ALBUM}/DSC05033.JPG": vineyard_photo,
    f"{ALBUM}/DSC05041.JPG": lighthouse_photo,
}

# --------------------------------------------------------------------------- audio

SPEECH = {
    "Voice 012.m4a": [
        ("en-gb+f2", "Hello, it's Kirsty from Parkview Dental. Your check-up has moved to Monday the eighteenth of "
                     "May at twenty past nine. Please arrive ten minutes early to fill in the new form."),
    ],
    "TASCAM_0042.wav": [
        ("en-us+f3", "Rehearsal notes. Concert is Friday the twenty ninth of May, seven thirty, Saint Mark's."),
        ("en-us+m2", "Wear black, warm-up at six forty five, tickets eight dollars."),
    ],
    "260506_0915.mp3": [
        ("en-us+m1", "Note to self for the Henderson proposal. Budget cap is forty five thousand, the deadline is "
                     "June the second, and ask Priya for the slides before Friday."),
    ],
    "Call recording Mum_260507_181204.m4a": [
        ("en-gb+f4", "Now listen, Dad's sixtieth dinner is on Saturday the twenty third at The Olive Tree, seven "
                     "o'clock. Don't say a word to him, and can you bring the card for everyone to sign?"),
    ],
    "PTT-20260503-WA0012.opus": [
        ("de+m3", "Hallo, hier ist Herr Krause von nebenan. Ich habe Ihr Paket angenommen. Sie können es heute "
                  "ab achtzehn Uhr bei mir abholen, zweiter Stock links."),
    ],
    "audio_2026-05-04_19-22-31.ogg": [
        ("es+f3", "Hola, soy Marta. El partido de pádel del jueves se cambia a las ocho en el club Norte, pista "
                  "tres. Trae bolas nuevas, que las nuestras están fatal."),
    ],
    "Nouvel enregistrement 5.m4a": [
        ("fr-fr+m3", "Bonjour, c'est Julien du garage Martin. Votre voiture est prête: vidange et plaquettes, "
                     "deux cent quatre-vingt-six euros. Nous fermons à dix-huit heures trente."),
    ],
    "Nieuwe opname 7.m4a": [
        ("nl+f3", "Hoi, met Sanne. De verjaardag van opa is zondag om drie uur bij tante Ria. Neem jij de taart "
                  "mee? Ik regel de bloemen."),
    ],
    "Nova gravação 3.m4a": [
        ("pt+m3", "Olá, é o Rui da escola de surf. A aula de amanhã passa para as oito da manhã por causa da "
                  "maré, na praia do Guincho. Traz o fato."),
    ],
    "AUD-20260505-WA0007.mp3": [
        ("it+f3", "Ciao, sono Paola. Il corso di yoga di martedì è spostato a mercoledì alle diciannove, stessa "
                  "palestra. Ricordati il tappetino."),
    ],
}


if __name__ == "__main__":
    paths = save_images(HERE, IMAGES, quality=80)
    paths += synthesize(SPEECH, HERE, speed=165, max_seconds=16.0)
    report(paths, MAX_BYTES)
