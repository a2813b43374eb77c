"""A tiny random-weight Coqui VITS model, made offline: for tests and plugin authors.

:func:`make_tiny_vits` writes ``config.json`` + ``model.pth`` in exactly the layout
:class:`tools.tts_coqui.CoquiBackend` (and Coqui's own ``Synthesizer``) loads.  Its voice is
noise: it exercises the real loading and inference code, it says nothing about how a trained
Coqui voice sounds or how fast it runs.  Graphemes only (``use_phonemes=False``), so no
espeak-ng is needed.
"""

from __future__ import annotations

from pathlib import Path

from tools.tts_coqui import CHECKPOINT_NAMES, import_coqui

#: Letters and punctuation the tiny model knows (lower case; the cleaner lower-cases input).
TINY_CHARACTERS = "abcdefghijklmnopqrstuvwxyz"
TINY_PUNCTUATIONS = "!'(),-.:;? "
TINY_SAMPLE_RATE = 16_000


def make_tiny_vits(folder: Path, seed: int = 0) -> Path:
    """Build a small random VITS (about 1.3 M parameters, 5 MB) and save it into ``folder``.

    Returns ``folder``, which then holds ``config.json`` and ``model.pth``.  Same ``seed``,
    same weights.  Needs coqui-tts (raises MissingDependencyError without it).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with import_coqui():
        import torch
        from TTS.config.shared_configs import BaseAudioConfig
        from TTS.tts.configs.shared_configs import CharactersConfig
        from TTS.tts.configs.vits_config import VitsArgs, VitsConfig
        from TTS.tts.models.vits import Vits

        args = VitsArgs(
            hidden_channels=16, hidden_channels_ffn_text_encoder=32, num_heads_text_encoder=2,
            num_layers_text_encoder=1, num_layers_posterior_encoder=1, num_layers_flow=1,
            resblock_kernel_sizes_decoder=[3], resblock_dilation_sizes_decoder=[[1, 3, 5]],
            upsample_rates_decoder=[8, 8, 4], upsample_kernel_sizes_decoder=[16, 16, 8],
            upsample_initial_channel_decoder=32, init_discriminator=False,
        )
        config = VitsConfig(
            run_name="tiny_random_vits",
            model_args=args,
            audio=BaseAudioConfig(sample_rate=TINY_SAMPLE_RATE, fft_size=1024, win_length=1024,
                                  hop_length=256, num_mels=80, do_trim_silence=False),
            use_phonemes=False,
            phonemizer=None,
            text_cleaner="english_cleaners",
            characters=CharactersConfig(
                characters_class="TTS.tts.models.vits.VitsCharacters",
                characters=TINY_CHARACTERS, punctuations=TINY_PUNCTUATIONS, pad="<PAD>",
                eos=None, bos=None, blank="<BLNK>", phonemes=None, is_unique=False, is_sorted=True,
            ),
            add_blank=True,
            languages=["en"],
            test_sentences=[],
        )
        torch.manual_seed(seed)
        model = Vits(config)
        model.eval()
        config.save_json(str(folder / "config.json"))
        torch.save({"model": model.state_dict(), "config": config.to_dict()}, folder / CHECKPOINT_NAMES[0])
    return folder
