# Sourced by build-and-test and socialmap: makes sure the machine has what building and testing
# Socialmap needs besides a JDK (./mvnw finds one itself): curl, with which ./mvnw fetches Maven;
# node (18.8+: Debian 12's nodejs 18.20 will do) with npm, which build the diagram client; and
# Debian's chromium, in which the tests run the diagram client and open the report, and with which
# `socialmap render` and `report` draw diagrams. With "ui" (the test command), also what the UI tests
# need: Xvfb (a display when there is none) and the GTK 3 and WebKitGTK libraries SWT loads.
# Missing Debian packages are installed when this may (root, or sudo without a password, and
# apt-get); otherwise it says what to install and stops.
# Usage: install_requirements NAME [ui]   (NAME prefixes the messages)
install_requirements() {
  local who=$1 ui=${2:-}
  local missing=()
  command -v curl >/dev/null || missing+=(curl)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
  if [ "$ui" = ui ]; then
    command -v xvfb-run >/dev/null || missing+=(xvfb)
    dpkg_installed libgtk-3-0 || missing+=(libgtk-3-0)
    dpkg_installed libwebkit2gtk-4.1-0 || missing+=(libwebkit2gtk-4.1-0)
  fi
  [ ${#missing[@]} -eq 0 ] && return 0

  if ! command -v apt-get >/dev/null || ! { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
    echo "$who: Socialmap's build needs the Debian packages ${missing[*]}; install them, then run this again:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "$who: installing ${missing[*]}" >&2
  as_root apt-get update -qq
  # The lock timeout waits for another apt run (e.g. unattended upgrades on a fresh machine) to end.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
}

# Libraries have no command to look for: ask dpkg (on a machine without dpkg, assume they are there).
dpkg_installed() {
  ! command -v dpkg-query >/dev/null || dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
