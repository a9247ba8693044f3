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

.PHONY: all release man completions install install-files uninstall deb clean

all: release

# The Swift runtime and Foundation are linked in; libc and ncurses stay shared, as every
# system has them.
release:
	$(SWIFT) build -c release --static-swift-stdlib --product glide --scratch-path $(STATIC_BUILD)
	mkdir -p $(DIST)
	strip -o $(DIST)/glide $(STATIC_BUILD)/release/glide
	$(MAKE) --no-print-directory completions man

completions:
	sh packaging/completions.sh $(DIST)/glide $(DIST)/completions

# swift-argument-parser's manual plugin writes the page from the command definitions
# (the debug build, which `swift test` has already made, has the same definitions);
# packaging/man-sections.sh adds the sections it cannot.
man:
	$(SWIFT) package plugin generate-manual --configuration debug
	mkdir -p $(DIST)
	sh packaging/man-sections.sh .build/plugins/GenerateManual/outputs/glide/glide.1 \
		packaging/glide.1.sections > $(DIST)/glide.1

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
	sh packaging/deb.sh $(DIST)

clean:
	rm -rf $(DIST) $(STATIC_BUILD)
