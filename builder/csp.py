"""A Content-Security-Policy for every page: scripts only from the site itself.

Titles and text from the seeds are escaped wherever they land (render.py,
mkdocs_hooks.py); the policy is the second wall, should anything slip
through: the browser runs no script the site did not ship. The theme has a
few inline scripts of its own (Material's partials/javascripts/*.html); each
is allowed by the hash of its exact text, found by matching the theme's own
template text, so an injected inline script, which matches none, is blocked.
The offline (folder) build carries the same policy: the site's search
(assets/search.js) loads its index as script files, with no inline script.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

SCRIPT_RE = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
JINJA_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)

POLICY = ("default-src 'self'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
          "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
          "worker-src 'self' blob:; frame-src 'self'; object-src 'none'; base-uri 'self'; "
          "form-action 'self'")


def theme_scripts(template_dirs: list[Path]) -> list[re.Pattern]:
    """The theme's inline scripts as patterns: literal text, with each Jinja
    expression (a base URL such as "../..") matching only a relative path."""
    patterns = []
    for folder in template_dirs:
        for template in sorted(folder.glob("partials/javascripts/*.html")):
            source = JINJA_RE.sub("\x00", template.read_text(encoding="utf-8"))
            for match in SCRIPT_RE.finditer(source):
                if "src=" in match.group("attrs") or not match.group("body").strip():
                    continue
                literal = [re.escape(piece) for piece in match.group("body").split("\x00")]
                patterns.append(re.compile(r"[\w./:-]*".join(literal)))
    return patterns


def meta(allowed: list[str] = ()) -> str:
    policy = POLICY.format(hashes="".join(f" '{a}'" for a in allowed))
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


def with_policy(html: str, own: list[re.Pattern]) -> str:
    """The page with the policy as the first element of its <head>."""
    allowed = sorted({_hash(m.group("body")) for m in SCRIPT_RE.finditer(html)
                      if "src=" not in m.group("attrs") and _is_script(m.group("attrs"))
                      and any(p.fullmatch(m.group("body")) for p in own)})
    return re.sub(r"<head>", lambda m: m.group(0) + meta(allowed), html, count=1, flags=re.I)


def _is_script(attrs: str) -> bool:
    kind = re.search(r'type="([^"]*)"', attrs)
    return not kind or kind.group(1) in ("text/javascript", "module")


def _hash(body: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
