"""Tiny random-weight CLIP and BLIP checkpoints built offline (tests and benchmarks).

They exercise the real loading and inference paths of search_images and caption_image
(``from_pretrained`` on a local folder) in well under a second; their outputs are
meaningless.  The CLIP tokenizer gets a byte-level BPE vocabulary written here (all 256
byte symbols, with and without the end-of-word marker, plus a few merges), the BLIP
tokenizer a small WordPiece ``vocab.txt``.
"""

from __future__ import annotations

import json
from pathlib import Path

WORDS = ("a photo of the cat dog beach sea lighthouse red blue green car tree house person "
         "on in with and at sunset picture image sign").split()


def _bytes_to_unicode() -> dict[int, str]:
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs), strict=True))


def make_tiny_clip(dest: Path, *, hidden: int = 32, image_size: int = 32, seed: int = 0) -> Path:
    """Save a random tiny CLIPModel + CLIPProcessor into ``dest`` (returned)."""
    import torch
    from transformers import CLIPConfig, CLIPImageProcessor, CLIPModel, CLIPProcessor, CLIPTokenizer

    dest.mkdir(parents=True, exist_ok=True)
    chars = list(_bytes_to_unicode().values())
    vocab_list = chars + [c + "</w>" for c in chars]
    merges = ["t h", "th e</w>", "c a", "ca t</w>", "a t</w>"]
    for m in merges:
        vocab_list.append(m.replace(" ", ""))
    vocab_list += ["<|startoftext|>", "<|endoftext|>"]
    vocab = {t: i for i, t in enumerate(dict.fromkeys(vocab_list))}
    (dest / "vocab.json").write_text(json.dumps(vocab))
    (dest / "merges.txt").write_text("#version: 0.2\n" + "\n".join(merges) + "\n")
    tok = CLIPTokenizer(str(dest / "vocab.json"), str(dest / "merges.txt"))
    cfg = CLIPConfig(
        text_config={"vocab_size": len(vocab), "hidden_size": hidden, "intermediate_size": hidden * 2,
                     "num_hidden_layers": 2, "num_attention_heads": 2, "max_position_embeddings": 77,
                     "bos_token_id": vocab["<|startoftext|>"], "eos_token_id": vocab["<|endoftext|>"],
                     "pad_token_id": vocab["<|endoftext|>"]},
        vision_config={"hidden_size": hidden, "intermediate_size": hidden * 2, "num_hidden_layers": 2,
                       "num_attention_heads": 2, "image_size": image_size, "patch_size": 8},
        projection_dim=16,
    )
    torch.manual_seed(seed)
    CLIPModel(cfg).save_pretrained(str(dest))
    ip = CLIPImageProcessor(size={"shortest_edge": image_size}, crop_size={"height": image_size, "width": image_size})
    CLIPProcessor(image_processor=ip, tokenizer=tok).save_pretrained(str(dest))
    return dest


def make_tiny_blip(dest: Path, *, hidden: int = 32, image_size: int = 32, seed: int = 0) -> Path:
    """Save a random tiny BlipForConditionalGeneration + BlipProcessor into ``dest``."""
    import torch
    from transformers import (
        BertTokenizer,
        BlipConfig,
        BlipForConditionalGeneration,
        BlipImageProcessor,
        BlipProcessor,
    )

    dest.mkdir(parents=True, exist_ok=True)
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[DEC]"]
    vocab = special + list(dict.fromkeys(WORDS)) + list("abcdefghijklmnopqrstuvwxyz")
    (dest / "vocab.txt").write_text("\n".join(vocab) + "\n")
    tok = BertTokenizer(str(dest / "vocab.txt"), bos_token="[DEC]")
    ids = {t: i for i, t in enumerate(vocab)}
    cfg = BlipConfig(
        text_config={"vocab_size": len(vocab), "hidden_size": hidden, "intermediate_size": hidden * 2,
                     "num_hidden_layers": 2, "num_attention_heads": 2, "encoder_hidden_size": hidden,
                     "max_position_embeddings": 64, "bos_token_id": ids["[DEC]"], "pad_token_id": ids["[PAD]"],
                     "sep_token_id": ids["[SEP]"], "eos_token_id": ids["[SEP]"]},
        vision_config={"hidden_size": hidden, "intermediate_size": hidden * 2, "num_hidden_layers": 2,
                       "num_attention_heads": 2, "image_size": image_size, "patch_size": 8},
        projection_dim=16,
    )
    torch.manual_seed(seed)
    BlipForConditionalGeneration(cfg).save_pretrained(str(dest))
    ip = BlipImageProcessor(size={"height": image_size, "width": image_size})
    BlipProcessor(image_processor=ip, tokenizer=tok).save_pretrained(str(dest))
    return dest
