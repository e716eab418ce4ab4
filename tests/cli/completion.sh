#!/bin/bash
# The bash completion of httpstatus: what <TAB> offers after options and
# --list, and that the tool accepts every word it offers.
#   usage: completion.sh COMPLETION_SCRIPT HTTPSTATUS
set -u
source "$1"
tool=$2
# The completion asks the program for the ecosystems, by the command's name.
PATH=$(dirname "$tool"):$PATH
failures=0

# Completes the words given, the last being the one under the cursor.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _httpstatus
    echo "${COMPREPLY[*]}"
}

expect() {
    local expected=$1 got
    shift
    got=$(complete_words "$@")
    if [[ $got != "$expected" ]]; then
        echo "FAILED: httpstatus ${*:2}<TAB> gave '$got', not '$expected'"
        failures=$((failures + 1))
    fi
}

all_filters='1xx 2xx 3xx 4xx 5xx registered permanent temporary unused obsoleted unofficial cacheable no_content redirect keeps_method retryable interim'

expect '--list' httpstatus --li
expect '--json' httpstatus 404 --j
expect '--json --list --names --to --help --version' httpstatus --
expect '--help' httpstatus --h
expect "$all_filters" httpstatus --list ''
expect '4xx' httpstatus --list 4
expect 'registered redirect retryable' httpstatus --json --list 4xx re
expect 'retryable' httpstatus -l red ret
expect 'retryable' httpstatus -jl ret
expect 'retryable' httpstatus ret --list ret
# --list=: one word, or three when '=' breaks words (bash's default).
expect '--list=4xx' httpstatus --list=4
expect "$all_filters" httpstatus --list =
expect 'unused unofficial' httpstatus --list = un
all_ecosystems='go dotnet aspnetcore java servlet jaxrs spring rust rack nethttp python requests drf starlette symfony plug npm openresty httpcomponents phpfig swiftnio ktor'
expect "$all_ecosystems" httpstatus --to ''
expect 'servlet spring starlette symfony swiftnio' httpstatus -j -t s
expect '--to=rust --to=rack --to=requests' httpstatus --to=r
expect 'python plug phpfig' httpstatus --to = p
# Queries are not completed; after --, --list is a query.
expect '' httpstatus 40
expect '' httpstatus -- --list 4
expect '4xx' httpstatus --list -- 4

# Everything offered is something the tool takes.
read -ra offered <<< "$(complete_words httpstatus --list '')"
for filter in "${offered[@]}"; do
    "$tool" --list "$filter" > /dev/null ||
        { echo "FAILED: httpstatus --list $filter"; failures=$((failures + 1)); }
done
read -ra offered <<< "$(complete_words httpstatus --to '')"
for ecosystem in "${offered[@]}"; do
    "$tool" --to "$ecosystem" 200 > /dev/null ||
        { echo "FAILED: httpstatus --to $ecosystem 200"; failures=$((failures + 1)); }
done
read -ra offered <<< "$(complete_words httpstatus --)"
for option in "${offered[@]}"; do
    [[ $option == --to ]] && option=--to=go
    "$tool" "$option" < /dev/null > /dev/null ||
        { echo "FAILED: httpstatus $option"; failures=$((failures + 1)); }
done
# And every filter that --help names is offered.
named=$("$tool" --help | sed -n '/--list\[=FILTER\]/,/operands/p' |
        sed '1d; s/([^)]*)//; s/The operands.*//; s/1xx\.\.5xx/1xx 2xx 3xx 4xx 5xx/' |
        tr -s ' ,;.' '\n' | grep . | tr '\n' ' ')
if [[ $named != "$all_filters " ]]; then
    echo "FAILED: --help names '$named'"
    failures=$((failures + 1))
fi

# And every ecosystem that --help names is offered.
named=$("$tool" --help | sed -n '/ECOSYSTEM is one of/,/^  -h/p' |
        sed '1s/.*one of//; $d' | tr -s ' \n' '\n' | grep . | tr '\n' ' ')
if [[ $named != "$all_ecosystems " ]]; then
    echo "FAILED: --help names the ecosystems '$named'"
    failures=$((failures + 1))
fi

# And the library has no ecosystem more: every one names 404.
named=$("$tool" --names 404 | sed -n 's/^  \([a-z0-9]*\): .*/\1/p' | tr '\n' ' ')
if [[ $named != "$all_ecosystems " ]]; then
    echo "FAILED: the library's ecosystems are '$named'"
    failures=$((failures + 1))
fi

echo "$failures failed"
[[ $failures == 0 ]]
