// mmagent web page: plain JavaScript, no build step, no network beyond this server.
"use strict";
const $ = (id) => document.getElementById(id);
const log = $("log");
const history = [];         // {role, content} text turns sent as the chat history
let pending = [];           // attachments: {kind, name, part, url}
let busy = false;

$("apikey").value = localStorage.getItem("mmagent-key") || "";
$("apikey").addEventListener("change", () => localStorage.setItem("mmagent-key", $("apikey").value));

function headers(json = true) {
  const h = json ? { "Content-Type": "application/json" } : {};
  const key = $("apikey").value.trim();
  if (key) h["Authorization"] = "Bearer " + key;
  return h;
}

function status(text) { $("status").textContent = text; }

function addMessage(role, text) {
  const el = document.createElement("div");
  el.className = "msg " + role;
  el.innerHTML = '<div class="who"></div><div class="content"></div><ul class="steps"></ul>';
  el.querySelector(".who").textContent = role === "user" ? "you" : role === "assistant" ? "mmagent" : role;
  el.querySelector(".content").textContent = text || "";
  log.appendChild(el);
  log.scrollTop = log.scrollHeight;
  return el;
}

function addStep(el, text, cls) {
  const li = document.createElement("li");
  li.textContent = text;
  if (cls) li.className = cls;
  el.querySelector(".steps").appendChild(li);
  log.scrollTop = log.scrollHeight;
}

async function errorText(resp) {
  try { const j = await resp.json(); return j.error ? j.error.message : resp.statusText; }
  catch (e) { return resp.status + " " + resp.statusText; }
}

function showStep(el, userEl, m) {
  if (m.event === "transcript") {
    userEl.querySelector(".content").textContent = m.text ? "(spoken) " + m.text : "(no speech heard)";
    userEl.classList.add("transcript");
    userEl.dataset.transcript = m.text || "";
  } else if (m.event === "plan") {
    const steps = (m.plan && m.plan.steps) || [];
    addStep(el, m.rejected ? "plan rejected: " + m.rejected :
      "plan (" + m.layer + "): " + (steps.map((s) => s.tool).join(" \u2192 ") || "answer directly"));
  } else if (m.event === "tool_start") {
    addStep(el, "running " + m.tool + "\u2026", "running step-" + m.step);
  } else if (m.event === "tool_end") {
    const running = el.querySelector(".steps li.running.step-" + m.step);
    if (running) running.remove();
    const text = m.ok ? m.tool + " done (" + (m.seconds || 0).toFixed(2) + " s): " + (m.text || "").slice(0, 160)
      : m.tool + " failed: " + m.error;
    addStep(el, text, m.ok ? "ok" : "fail");
  }
}

// POST /v1/chat/completions with stream: true; reads the Server-Sent Events as they arrive
async function chat(content, userEl) {
  const messages = history.concat([{ role: "user", content }]);
  const el = addMessage("assistant", "");
  el.classList.add("streaming");
  const out = el.querySelector(".content");
  let answer = "";
  let heard = null;
  const resp = await fetch("/v1/chat/completions", {
    method: "POST", headers: headers(), body: JSON.stringify({ model: "mmagent", stream: true, messages }),
  });
  if (!resp.ok) { el.classList.add("error"); out.textContent = await errorText(resp); return null; }
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    let cut;
    while ((cut = buf.indexOf("\n\n")) >= 0) {
      const line = buf.slice(0, cut).trim();
      buf = buf.slice(cut + 2);
      if (!line.startsWith("data:")) continue;
      const data = line.slice(5).trim();
      if (data === "[DONE]") continue;
      const chunk = JSON.parse(data);
      if (chunk.error) { el.classList.add("error"); out.textContent = chunk.error.message; continue; }
      const delta = chunk.choices && chunk.choices[0] && chunk.choices[0].delta;
      if (delta && delta.content) { answer += delta.content; out.textContent = answer; }
      if (chunk.mmagent) {
        if (chunk.mmagent.event === "transcript") heard = chunk.mmagent.text;
        if (chunk.mmagent.event === "final" && !answer) { answer = chunk.mmagent.answer || ""; out.textContent = answer; }
        showStep(el, userEl, chunk.mmagent);
      }
    }
  }
  el.classList.remove("streaming");
  el.classList.add("done");
  history.push({ role: "user", content: heard !== null ? heard : (typeof content === "string" ? content : textOf(content)) });
  history.push({ role: "assistant", content: answer });
  if (answer && $("speak").checked) await speak(el, answer);
  return answer;
}

function textOf(parts) { return parts.filter((p) => p.type === "text").map((p) => p.text).join("\n"); }

// POST /v1/audio/speech: the reply as WAV, played back in an <audio> element
async function speak(el, text) {
  status("speaking\u2026");
  const resp = await fetch("/v1/audio/speech", {
    method: "POST", headers: headers(), body: JSON.stringify({ model: "tts-1", input: text, response_format: "wav" }),
  });
  if (!resp.ok) { addStep(el, "speech failed: " + await errorText(resp), "fail"); return; }
  const blob = await resp.blob();
  const audio = document.createElement("audio");
  audio.className = "reply";
  audio.controls = true;
  audio.src = URL.createObjectURL(blob);
  audio.dataset.bytes = String(blob.size);
  el.appendChild(audio);
  audio.play().catch(() => {});  // autoplay may be blocked until the user interacts
}

async function submit(contentParts, label) {
  if (busy) return;
  busy = true;
  $("send").disabled = true;
  status("thinking\u2026");
  const userEl = addMessage("user", label);
  for (const a of pending) {
    if (a.kind === "image") { const img = document.createElement("img"); img.src = a.url; userEl.appendChild(img); }
  }
  pending = [];
  $("attachments").textContent = "";
  try { await chat(contentParts, userEl); }
  catch (e) { addMessage("error", String(e)).classList.add("error"); }
  busy = false;
  $("send").disabled = false;
  status("ready");
}

$("form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const text = $("text").value.trim();
  if (!text && !pending.length) return;
  $("text").value = "";
  const parts = text ? [{ type: "text", text }] : [];
  for (const a of pending) parts.push(a.part);
  submit(parts.length === 1 && text ? text : parts, text || pending.map((a) => a.name).join(", "));
});

function readDataUrl(file) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

$("file").addEventListener("change", async () => {
  for (const file of $("file").files) {
    const url = await readDataUrl(file);
    if (file.type.startsWith("image/")) {
      pending.push({ kind: "image", name: file.name, url, part: { type: "image_url", image_url: { url } } });
    } else {
      const fmt = (file.name.split(".").pop() || "wav").toLowerCase();
      pending.push({ kind: "audio", name: file.name, url,
        part: { type: "input_audio", input_audio: { data: url.split(",")[1], format: fmt } } });
    }
    const tag = document.createElement("span");
    tag.textContent = file.name;
    $("attachments").appendChild(tag);
  }
  $("file").value = "";
});

// push-to-talk: record while the button is held, send the recording as a spoken question (WAV)
const rec = { ctx: null, stream: null, node: null, chunks: [] };

async function startTalking() {
  if (busy || rec.node) return;
  try {
    rec.stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1 } });
  } catch (e) {
    status("microphone unavailable: " + e.message + " (browsers allow it on https:// or localhost)");
    return;
  }
  rec.ctx = new AudioContext();
  const src = rec.ctx.createMediaStreamSource(rec.stream);
  rec.node = rec.ctx.createScriptProcessor(4096, 1, 1);
  rec.chunks = [];
  rec.node.onaudioprocess = (e) => rec.chunks.push(new Float32Array(e.inputBuffer.getChannelData(0)));
  src.connect(rec.node);
  rec.node.connect(rec.ctx.destination);
  $("talk").classList.add("recording");
  status("listening\u2026 (release to send)");
}

async function stopTalking() {
  if (!rec.node) return;
  const rate = rec.ctx.sampleRate;
  rec.node.disconnect();
  rec.stream.getTracks().forEach((t) => t.stop());
  await rec.ctx.close();
  rec.node = null;
  $("talk").classList.remove("recording");
  const wav = encodeWav(rec.chunks, rate, 16000);
  rec.chunks = [];
  const b64 = await blobToBase64(new Blob([wav], { type: "audio/wav" }));
  submit([{ type: "input_audio", input_audio: { data: b64, format: "wav" } }], "(spoken) \u2026");
}

function encodeWav(chunks, rate, target) {
  let n = 0;
  for (const c of chunks) n += c.length;
  const all = new Float32Array(n);
  let o = 0;
  for (const c of chunks) { all.set(c, o); o += c.length; }
  const step = rate / target;
  const len = Math.floor(n / step);
  const buf = new ArrayBuffer(44 + len * 2);
  const v = new DataView(buf);
  const str = (off, s) => { for (let i = 0; i < s.length; i++) v.setUint8(off + i, s.charCodeAt(i)); };
  str(0, "RIFF"); v.setUint32(4, 36 + len * 2, true); str(8, "WAVEfmt ");
  v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true);
  v.setUint32(24, target, true); v.setUint32(28, target * 2, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true);
  str(36, "data"); v.setUint32(40, len * 2, true);
  for (let i = 0; i < len; i++) {
    const s = Math.max(-1, Math.min(1, all[Math.floor(i * step)]));
    v.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return buf;
}

async function blobToBase64(blob) { return (await readDataUrl(blob)).split(",")[1]; }

const talk = $("talk");
talk.addEventListener("mousedown", startTalking);
talk.addEventListener("mouseup", stopTalking);
talk.addEventListener("mouseleave", stopTalking);
talk.addEventListener("touchstart", (e) => { e.preventDefault(); startTalking(); });
talk.addEventListener("touchend", (e) => { e.preventDefault(); stopTalking(); });
