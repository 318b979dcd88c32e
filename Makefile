# Everything runs inside a project-local virtualenv that the targets create themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test bench install clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The whole pipeline on samples/ as a dry run; exit 3 ("done, something held back") is expected
# because the samples carry deliberately bad rows.
demo: $(STAMP)
	@$(BIN)/pricesync run --config configs/demo.toml --dry-run; rc=$$?; \
	  if [ $$rc -ne 0 ] && [ $$rc -ne 3 ]; then exit $$rc; fi

# The browser and the IMAP server that some tests start on 127.0.0.1 (the run report is
# checked in headless chromium, the IMAP source against dovecot). Installed with apt when
# running as root; elsewhere those tests say why they skip.
system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  if ! command -v chromium >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	      || echo "warning: chromium not installed" >&2; fi; \
	  if ! command -v dovecot >/dev/null && [ ! -x /usr/sbin/dovecot ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      dovecot-imapd >/dev/null) || echo "warning: dovecot-imapd not installed" >&2; fi; \
	fi

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
