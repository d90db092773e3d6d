# Tandem — two commands for a new user on Debian with Swift:
#   make demo   install what is missing, build release, run the tool on Samples/
#   make test   install what is missing, run the unit tests
# Also: make build, make bench (release figures), make fuzz (libFuzzer, FUZZ_SECONDS per target), make clean.

SWIFT        ?= swift
RELEASE_BIN  := .build/release/tandem
DEMO_OUT     ?= out/demo
# System packages the build, the tests and the demo need (Debian names).
APT_PACKAGES := libicu-dev libstemmer-dev libsqlite3-dev zlib1g-dev libpq-dev pkg-config postgresql trans-de-en \
                dict-freedict-deu-fra dict-freedict-fra-deu dict-freedict-deu-eng dict-freedict-eng-deu \
                libxml2-utils python3 python3-venv time

.PHONY: deps build demo test bench fuzz clean

## deps: apt-get install the system packages that are missing (sudo when not root).
deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  echo "make deps: installing$$missing (apt-get)"; \
	  $$sudo apt-get update -qq && \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

build: deps
	$(SWIFT) build -c release --product tandem

demo: build
	@DEMO_OUT=$(DEMO_OUT) TANDEM=$(RELEASE_BIN) bash Samples/demo.sh

test: deps
	$(SWIFT) test

bench: build
	@TANDEM=$(RELEASE_BIN) bash Benchmarks/run

## fuzz: libFuzzer + AddressSanitizer on the TMX, TSV, JSON and document readers and the segmenter (Fuzz/run).
FUZZ_SECONDS ?= 600
fuzz: deps
	bash Fuzz/run $(FUZZ_SECONDS)

clean:
	rm -rf .build Fuzz/.build out
