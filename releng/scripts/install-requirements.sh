# Sourced by build-and-test and socialmap: makes sure the machine has what building and testing
# Socialmap needs besides a JDK (./mvnw finds one itself): curl, with which ./mvnw fetches Maven;
# node with npm, which build the diagram client; and Debian's chromium, in which the tests run the
# diagram client and open the report, and with which `socialmap render` and `report` draw diagrams.
# Missing Debian packages are installed when this may (root, or sudo without a password, and
# apt-get); otherwise it says what to install and stops.
# Usage: install_requirements NAME   (NAME prefixes the messages)
install_requirements() {
  local who=$1
  local missing=()
  command -v curl >/dev/null || missing+=(curl)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
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

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}
