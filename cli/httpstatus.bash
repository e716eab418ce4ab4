# bash completion for httpstatus(1): its options, the filters of --list
# after --list, after --list= and among the operands of a listing, and the
# ecosystems after --to.
# Stands alone: it needs none of bash-completion's helpers.

# The ecosystems --to takes, as the program's --help lists them (the
# library's list, from its data): the lines between "ECOSYSTEM is one of"
# and the next option.
_httpstatus_ecosystems() {
    "$1" --help 2> /dev/null | sed -n '/ECOSYSTEM is one of$/,/^  -/{//!p;}'
}

_httpstatus() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local options='--json --list --names --to --help --version'
    local filters='1xx 2xx 3xx 4xx 5xx registered permanent temporary unused
        obsoleted unofficial cacheable no_content redirect keeps_method
        retryable interim'
    local i listing=

    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --) break ;;
            -l* | -[!-]*l* | --l | --li | --lis | --list | --list=*) listing=1 ;;
        esac
    done

    # "--list=4" is one word unless '=' breaks words, as it does by default:
    # then it is "--list" "=" "4".
    if [[ ${COMP_WORDS[COMP_CWORD - 1]} == --to || ${COMP_WORDS[COMP_CWORD - 1]} == -t ]]; then
        COMPREPLY=($(compgen -W "$(_httpstatus_ecosystems "${COMP_WORDS[0]}")" -- "$cur"))
    elif [[ $cur == --to=* ]]; then
        COMPREPLY=($(compgen -P --to= -W "$(_httpstatus_ecosystems "${COMP_WORDS[0]}")" \
            -- "${cur#--to=}"))
    elif [[ ${COMP_WORDS[COMP_CWORD - 1]} == = &&
            ${COMP_WORDS[COMP_CWORD - 2]} == --to ]]; then
        COMPREPLY=($(compgen -W "$(_httpstatus_ecosystems "${COMP_WORDS[0]}")" -- "$cur"))
    elif [[ $cur == --list=* ]]; then
        COMPREPLY=($(compgen -P --list= -W "$filters" -- "${cur#--list=}"))
    elif [[ $cur == = && ${COMP_WORDS[COMP_CWORD - 1]} == --list ]]; then
        COMPREPLY=($(compgen -W "$filters"))
    elif [[ ${COMP_WORDS[COMP_CWORD - 1]} == = &&
            ${COMP_WORDS[COMP_CWORD - 2]} == --list ]]; then
        COMPREPLY=($(compgen -W "$filters" -- "$cur"))
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
    elif [[ -n $listing ]]; then
        COMPREPLY=($(compgen -W "$filters" -- "$cur"))
    else
        COMPREPLY=()
    fi
}

complete -F _httpstatus httpstatus
