#!/bin/bash
# Installs the command's component into a temporary prefix and uses what it
# finds there: the program, the man page through man -l, and the bash
# completion through bash-completion's own loader.
#   usage: installed.sh SOURCE_DIR BUILD_DIR MAN_PAGE_BUILT(ON|OFF)
set -eu
src=$1 build=$2 man_page=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix

cmake --install "$build" --prefix "$prefix" --component cli > /dev/null
"$prefix/bin/httpstatus" 404 | grep -q '^404 Not Found - '

if [[ $man_page == ON ]]; then
    page=$prefix/share/man/man1/httpstatus.1
    MANWIDTH=80 man -l "$page" > "$work/page.txt" 2> "$work/warnings.txt"
    # Rendered: no roff left over, no warning, every section there.
    [[ ! -s $work/warnings.txt ]] || { cat "$work/warnings.txt"; exit 1; }
    for heading in NAME SYNOPSIS DESCRIPTION 'STANDARD INPUT' OPTIONS \
                   'JSON OUTPUT' 'EXIT STATUS' EXAMPLES; do
        grep -q "^$heading\$" "$work/page.txt" || { echo "no $heading"; exit 1; }
    done
    grep -q 'httpstatus - look up HTTP status codes' "$work/page.txt"
    grep -q 'reports status 141' "$work/page.txt"
    ! grep -qE '^\.|\\f' "$work/page.txt"
    # --to's ecosystems are the library's, every one of them.
    named=$(tr -s ' \n' '  ' < "$work/page.txt" | grep -o 'ECOSYSTEM is one of [^.]*' |
            sed 's/.*one of //; s/, / /g')
    library=$("$prefix/bin/httpstatus" --names 404 | sed -n 's/^  \([a-z0-9]*\): .*/\1/p' |
              tr '\n' ' ')
    [[ "$named " == "$library" ]] || { echo "the page names '$named'"; exit 1; }
else
    echo "scdoc was not found at configure time: the man page is not checked"
fi

completion=$prefix/share/bash-completion/completions/httpstatus
bash "$src/tests/cli/completion.sh" "$completion" "$prefix/bin/httpstatus"
loader=/usr/share/bash-completion/bash_completion
if [[ -r $loader ]]; then
    # bash-completion finds it on first use in XDG_DATA_DIRS, where a
    # prefix's share/ is listed.
    XDG_DATA_DIRS=$prefix/share bash -c "source $loader
        __load_completion httpstatus && complete -p httpstatus" |
        grep -q -- '-F _httpstatus httpstatus$'
else
    echo "bash-completion is not installed: its loader is not checked"
fi
echo "installed program, man page and bash completion work"
