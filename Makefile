# Building Glide for people who are not developing it: one static, stripped binary, its
# man page and shell completions, installed under PREFIX or packaged for Debian.
# Developing needs none of this: `swift run glide` and `swift test` are enough.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR := $(PREFIX)/bin
MANDIR := $(PREFIX)/share/man/man1
BASHDIR := $(PREFIX)/share/bash-completion/completions
ZSHDIR := $(PREFIX)/share/zsh/site-functions
FISHDIR := $(PREFIX)/share/fish/vendor_completions.d

# The static build has a scratch folder of its own, so it never replaces the dynamic
# release build that glide-bench measures beside it.
STATIC_BUILD := .build-static
DIST := dist

# The version and its date have one home, CHANGELOG.md's newest release heading
# ("## [1.0.0] - 2026-12-07"); `glide --version` is tested against it. The man page is
# dated SOURCE_DATE_EPOCH when set, else the release's date, never the build day, so two
# builds of one commit are the same bytes.
VERSION := $(shell sed -n 's/^\#\# \[\([0-9][0-9.]*\)\] - .*/\1/p' CHANGELOG.md | head -n 1)
RELEASE_DATE := $(shell sed -n 's/^\#\# \[[0-9][0-9.]*\] - \([0-9-]*\).*/\1/p' CHANGELOG.md | head -n 1)
EPOCH := $(or $(SOURCE_DATE_EPOCH),$(shell date -u -d '$(RELEASE_DATE) 00:00:00' +%s))
MAN_DATE := $(shell date -u -d @$(EPOCH) +%Y-%m-%d)
ARCH := $(shell uname -m)
ARCHIVE := glide-$(VERSION)-linux-$(ARCH)

.PHONY: all release man completions install install-files uninstall deb dist check-dist \
	check-glibc pictures clean

all: release

# The Swift runtime, Foundation and libstdc++ are linked in; libc and ncurses stay shared,
# as every system has them. Why each flag, measured in docs/benchmarks.md:
# - libstdc++.a (packaging/release-prerequisites.sh puts it in a folder the link takes
#   first) and no exported symbols: no start loads libstdc++.so or resolves thousands of
#   symbols against the runtime's.
# - lld, not gold: it drops the symbols only discarded code asked for (gold kept
#   libstdc++'s arc4random, glibc 2.36).
# - No RUNPATH of $ORIGIN: an installed binary looks for no library beside itself.
# - A section per function, and lld's ordering file (packaging/startup-order.txt, written
#   by packaging/startup-order.sh): the functions that run at start-up and through a
#   session come first, hottest first, so fewer of the binary's pages are resident.
# SwiftPM rebuilds no object when only these flags change, and does not know the link
# reads the list: packaging/release-prerequisites.sh starts the build afresh when the
# flags change, and has the binary linked again when the list does.
STATIC_LIBS := $(CURDIR)/$(STATIC_BUILD)/static-libs
RELEASE_FLAGS = --disable-local-rpath -Xswiftc -use-ld=lld \
	-Xlinker -L$(STATIC_LIBS) -Xlinker --no-export-dynamic \
	-Xswiftc -Xfrontend -Xswiftc -function-sections \
	-Xlinker --symbol-ordering-file=$(CURDIR)/packaging/startup-order.txt \
	-Xlinker --no-warn-symbol-ordering
release:
	sh packaging/release-prerequisites.sh $(SWIFT) $(STATIC_BUILD) packaging/startup-order.txt \
		$(RELEASE_FLAGS)
	$(SWIFT) build -c release --static-swift-stdlib --product glide --scratch-path $(STATIC_BUILD) \
		$(RELEASE_FLAGS)
	sh packaging/startup-order.sh --found $(STATIC_BUILD)/release/glide
	mkdir -p $(DIST)
	strip -o $(DIST)/glide $(STATIC_BUILD)/release/glide
	$(MAKE) --no-print-directory completions man

completions:
	sh packaging/completions.sh $(DIST)/glide $(DIST)/completions

# swift-argument-parser's manual plugin writes the page from the command definitions
# (the debug build, which `swift test` has already made, has the same definitions);
# glide-docs prints the sections it cannot from the code's own tables (keys, the hook's
# variables, exit statuses, files, examples), and packaging/man-sections.sh puts them in.
man:
	$(SWIFT) package plugin generate-manual --configuration debug --date $(MAN_DATE)
	mkdir -p $(DIST)
	$(SWIFT) build --product glide-docs
	$(SWIFT) run --skip-build glide-docs man-sections > $(DIST)/glide.1.sections
	sh packaging/man-sections.sh .build/plugins/GenerateManual/outputs/glide/glide.1 \
		$(DIST)/glide.1.sections > $(DIST)/glide.1
	rm $(DIST)/glide.1.sections

# The pictures in README and docs/, drawn by Glide's renderer; a test fails when the
# committed ones differ from what it draws.
pictures:
	$(SWIFT) run glide-docs pictures

install: release
	$(MAKE) --no-print-directory install-files

# What install copies, without building first (packaging/deb.sh stages with it).
install-files:
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR) $(DESTDIR)$(BASHDIR) \
		$(DESTDIR)$(ZSHDIR) $(DESTDIR)$(FISHDIR)
	install -m 0755 $(DIST)/glide $(DESTDIR)$(BINDIR)/glide
	install -m 0644 $(DIST)/glide.1 $(DESTDIR)$(MANDIR)/glide.1
	install -m 0644 $(DIST)/completions/glide.bash $(DESTDIR)$(BASHDIR)/glide
	install -m 0644 $(DIST)/completions/_glide $(DESTDIR)$(ZSHDIR)/_glide
	install -m 0644 $(DIST)/completions/glide.fish $(DESTDIR)$(FISHDIR)/glide.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/glide $(DESTDIR)$(MANDIR)/glide.1 $(DESTDIR)$(BASHDIR)/glide \
		$(DESTDIR)$(ZSHDIR)/_glide $(DESTDIR)$(FISHDIR)/glide.fish

deb: release
	SOURCE_DATE_EPOCH=$(EPOCH) sh packaging/deb.sh $(DIST)

# The release archive: binary, man page, completions, README, LICENSE and CHANGELOG, with
# sorted names, fixed times and owners and no gzip time stamp, and its SHA256SUMS.
dist: release check-glibc
	test "$$($(DIST)/glide --version)" = "$(VERSION)"
	sh packaging/dist.sh $(DIST) $(ARCHIVE) $(EPOCH)

# Two `make dist` of one commit give the same bytes: run after `make dist`, it builds
# everything again from a clean scratch folder and compares.
check-dist:
	test -f $(DIST)/$(ARCHIVE).tar.gz
	rm -rf $(DIST).first && cp -r $(DIST) $(DIST).first
	rm -rf $(DIST) $(STATIC_BUILD)
	$(MAKE) --no-print-directory dist
	cmp $(DIST).first/$(ARCHIVE).tar.gz $(DIST)/$(ARCHIVE).tar.gz
	cmp $(DIST).first/SHA256SUMS $(DIST)/SHA256SUMS
	rm -rf $(DIST).first
	@echo "make dist is reproducible: $$(cat $(DIST)/SHA256SUMS)"

# The oldest glibc the binary runs on, as README states it, and no libstdc++.so asked for.
check-glibc:
	sh packaging/check-glibc.sh $(DIST)/glide

clean:
	rm -rf $(DIST) $(DIST).first $(STATIC_BUILD)
