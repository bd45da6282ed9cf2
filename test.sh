#!/usr/bin/env bash
# Runs all tests, on a fresh Debian machine with only the .NET SDK: the README's test command and CI's (.ci/run).
#  1. The system packages the tests need, listed in .ci/apt-packages (one per line, # starts a comment): the missing
#     ones are installed with apt-get when run as root; otherwise the script names them and fails (tests are never
#     skipped for want of a package). MARSAD_APT_PACKAGES=FILE reads another list instead (to try this step).
#  2. dotnet test over the solution in Release, with a TRX logger into TestResults/ci.
#  3. One closing line "N passed, N failed" from the TRX counters; the exit code is non-zero on any failed test or a
#     failed build.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# -- 1. system packages --------------------------------------------------------------------------------------------
packages_file="${MARSAD_APT_PACKAGES:-.ci/apt-packages}"
[ -f "$packages_file" ] || { echo "test.sh: package list $packages_file not found" >&2; exit 1; }

# Installed means dpkg's status "install ok installed": a removed package whose configuration files remain is still
# known to dpkg (dpkg -s exits 0 for it) but is not installed.
installed() { dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed$'; }

missing_packages() {
  local line pkg words
  while IFS= read -r line || [ -n "$line" ]; do
    read -ra words <<<"${line%%#*}"
    for pkg in "${words[@]}"; do installed "$pkg" || echo "$pkg"; done
  done < "$packages_file"
}

mapfile -t missing < <(missing_packages)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test.sh: the tests need system packages that are not installed: ${missing[*]}" >&2
    echo "Install them, then run ./test.sh again:" >&2
    echo "    sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]}"
  mkdir -p TestResults
  apt_log="TestResults/apt.log"
  if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } >"$apt_log" 2>&1; then
    tail -n 30 "$apt_log" >&2
    echo "test.sh: apt-get install failed for: ${missing[*]} (full log: $apt_log)" >&2
    exit 1
  fi
  mapfile -t still_missing < <(missing_packages)
  if [ ${#still_missing[@]} -gt 0 ]; then
    echo "test.sh: still not installed after apt-get install: ${still_missing[*]} (log: $apt_log)" >&2
    exit 1
  fi
fi

# -- 2. the tests --------------------------------------------------------------------------------------------------
results="$(pwd)/TestResults/ci"
rm -rf "$results"
dotnet test Marsad.sln -c Release --logger trx --results-directory "$results"
status=$?

# -- 3. one closing line -------------------------------------------------------------------------------------------
passed=0; failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a failed build or test host still fails
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
