# frozen_string_literal: true

# HTTP status codes from libhttpstatus.
#
#   HTTPStatus[res.code]                  # Net::HTTP's "404" => #<HTTPStatus::Entry 404 Not Found>
#   HTTPStatus.fetch(:not_found).retryable? # => false
#   HTTPStatus.status_code(:not_found)    # => 404, Rack's symbols
#   HTTPStatus::NOT_FOUND                 # => 404
#   case HTTPStatus[503] in {status_class: :server_error, code:} then code end
#   HTTPStatus.unofficial(499).map(&:origin) # => ["nginx", "Esri ArcGIS"]
#   HTTPStatus[:unprocessable_entity].identifiers(:go) # => ["StatusUnprocessableEntity"]
#
# The entries, the lookup hashes and the constants are built once, when the
# file loads, from the C library's tables (through the raw SWIG extension,
# HTTPStatus::Core). from_code, from_name, from_phrase, class_of and
# unofficial are then Hash lookups, several times cheaper than a call into
# C; find, unofficial_find and suggest make one C call each, which returns
# the position of the entry in these tables. Every table is shareable, and
# the extension Ractor-safe: every method works in any Ractor.
module HTTPStatus
  extend Enumerable

  # The raw SWIG extension defines the top-level modules Httpstatus_core
  # and, unless another SWIG extension did, SWIG: both move out of sight.
  swig_defined_before = defined?(::SWIG)
  require "httpstatus_core"
  Core = Object.__send__(:remove_const, :Httpstatus_core)
  Object.__send__(:remove_const, :SWIG) unless swig_defined_before
  private_constant :Core

  VERSION = Core.httpstatus_version

  # Raised by HTTPStatus.fetch when nothing matches.
  class UnknownStatusError < KeyError; end

  # The properties the C library names, one bit each, in bit order:
  # [[Core::HTTPSTATUS_FLAG_CACHEABLE, :cacheable], ...].
  FLAGS = (0..30).filter_map do |bit|
    name = Core.httpstatus_flag_name(1 << bit)
    [1 << bit, name.to_sym].freeze if name
  end.freeze
  # The ecosystems that name status codes, by short name, with the C
  # library's number: { go: 0, dotnet: 1, ... }, in its order.
  ECOSYSTEM_NUMBERS = (0...Core.httpstatus_ecosystem_count).to_h do |eco|
    [Core.httpstatus_ecosystem_name(eco).to_sym, eco]
  end.freeze
  ECOSYSTEM_BY_STRING = ECOSYSTEM_NUMBERS.keys.to_h { |name| [name.name, name] }.freeze
  NO_IDENTIFIERS = [].freeze
  private_constant :FLAGS, :ECOSYSTEM_NUMBERS, :ECOSYSTEM_BY_STRING, :NO_IDENTIFIERS

  # One status code, or one unofficial meaning of a code: a frozen value.
  # Its strings are frozen UTF-8 (spec_url and mdn_url nil where there is
  # none); status_class, registry and symbol (Rack's name for it) are
  # Symbols; identifiers(:go) lists what an ecosystem calls it. Entries
  # sort by code (Comparable); == holds between entries only
  # (HTTPStatus[404] == 404 is false: compare e.code, or e.to_i). to_h,
  # pattern matching on its keys and as_json give the fields.
  class Entry
    include Comparable

    FIELDS = %i[code name phrase description spec origin status_class registry
                properties symbol spec_url mdn_url status_line].freeze

    attr_reader(*FIELDS)

    private_class_method :new

    def initialize(raw, identifiers)
      @code = raw.code
      @name = raw.name
      @phrase = raw.phrase
      @description = raw.description
      @spec = raw.spec
      @origin = raw.origin
      @status_class = Core.httpstatus_class_name(raw.status_class).to_sym
      @registry = Core.httpstatus_registry_name(raw.registry).to_sym
      @flags = raw.flags
      @properties = FLAGS.filter_map { |flag, name| name if @flags & flag != 0 }.freeze
      # Rack's rule (Rack::Utils::SYMBOL_TO_STATUS_CODE), from the phrase.
      @symbol = @phrase.downcase.gsub(/\s|-|'/, "_").to_sym
      @spec_url = raw.spec_url
      @mdn_url = raw.mdn_url
      @status_line = Core.httpstatus_status_line(raw)
      @identifiers = identifiers
      freeze
    end

    # The identifiers an ecosystem (:go or "go", one of
    # HTTPStatus.ecosystems) gives this code or meaning, as it spells them
    # without its qualifier ("StatusNotFound"), the usual one first: a
    # frozen Array of frozen Strings, empty when it names no such code.
    # Raises TypeError for anything but a Symbol or String, ArgumentError
    # for an unknown ecosystem.
    def identifiers(ecosystem)
      @identifiers[ecosystem] || begin
        name = HTTPStatus.__send__(:ecosystem_name, ecosystem)
        @identifiers.fetch(name, NO_IDENTIFIERS)
      end
    end

    def informational? = @status_class == :informational
    def success? = @status_class == :success
    def redirection? = @status_class == :redirection
    def client_error? = @status_class == :client_error
    def server_error? = @status_class == :server_error

    # One predicate per property (RFC 9110 sections: cacheable 15.1,
    # no_content 6.4.1, redirect 15.4).
    def cacheable? = @flags & Core::HTTPSTATUS_FLAG_CACHEABLE != 0
    def no_content? = @flags & Core::HTTPSTATUS_FLAG_NO_CONTENT != 0
    def redirect? = @flags & Core::HTTPSTATUS_FLAG_REDIRECT != 0
    def keeps_method? = @flags & Core::HTTPSTATUS_FLAG_KEEPS_METHOD != 0
    def retryable? = @flags & Core::HTTPSTATUS_FLAG_RETRYABLE != 0
    def interim? = @flags & Core::HTTPSTATUS_FLAG_INTERIM != 0

    def to_i = code
    def to_s = "#{code} #{phrase}"
    def inspect = "#<#{self.class} #{self}>"

    def <=>(other) = other.is_a?(Entry) ? code <=> other.code : nil

    # What tells an entry apart: two meanings of 499 sort together but are
    # not equal.
    def ==(other) = other.is_a?(Entry) && identity == other.identity
    alias eql? ==
    def hash = identity.hash

    def to_h = FIELDS.to_h { |field| [field, public_send(field)] }

    def deconstruct_keys(keys)
      keys ? (keys & FIELDS).to_h { |field| [field, public_send(field)] } : to_h
    end

    # The fields with String keys and values, as JSON has them.
    def as_json(*)
      to_h.to_h { |field, value| [field.to_s, json_value(value)] }
    end

    def to_json(*args) = as_json.to_json(*args)

    protected

    def identity = [code, name, registry]

    private

    def json_value(value)
      case value
      when Symbol then value.to_s
      when Array then value.map(&:to_s)
      else value
      end
    end
  end

  # Yields the raw items at(0), at(1), ... until at returns nil.
  def self.raw_items(at)
    (0..).lazy.map { |i| Core.public_send(at, i) }.take_while(&:itself)
  end
  private_class_method :raw_items

  # The identifiers of a raw entry, by ecosystem, only where there are any
  # (most ecosystems name few codes): { go: ["StatusNotFound"], ... }. A
  # plain loop that allocates nothing for an ecosystem without any: a lazy
  # enumerator per ecosystem doubled the time the module takes to load.
  def self.identifiers_of(raw)
    lists = {}
    ECOSYSTEM_NUMBERS.each do |ecosystem, eco|
      id = Core.httpstatus_identifier(raw, eco, 0) or next
      list = lists[ecosystem] = [id]
      list << id while (id = Core.httpstatus_identifier(raw, eco, list.size))
      list.freeze
    end
    lists.freeze
  end

  # The Symbol of an ecosystem given as a Symbol or String; raises
  # TypeError for any other value, ArgumentError for an unknown name.
  def self.ecosystem_name(ecosystem)
    name = case ecosystem
           when Symbol then ecosystem
           # Not made a Symbol: the String may be anything, of any size.
           when String then ECOSYSTEM_BY_STRING[ecosystem]
           else raise TypeError, "no implicit conversion of #{ecosystem.class} into String"
           end
    return name if ECOSYSTEM_NUMBERS.key?(name)

    raise ArgumentError, "unknown ecosystem #{shown(ecosystem)}; one of #{ECOSYSTEM_NUMBERS.keys.join(", ")}"
  end

  def self.new_entries(at)
    raw_items(at).map { |raw| Entry.__send__(:new, raw, identifiers_of(raw)) }.to_a.freeze
  end
  private_class_method :identifiers_of, :ecosystem_name, :new_entries

  ENTRIES = new_entries(:httpstatus_at)
  BY_CODE = ENTRIES.to_h { |e| [e.code, e] }
  BY_NAME = ENTRIES.to_h { |e| [e.name, e] }
  BY_PHRASE = ENTRIES.to_h { |e| [e.phrase, e] }
  BY_SYMBOL = ENTRIES.to_h { |e| [e.symbol, e] }
  ENTRIES.each { |e| const_set(e.name, e.code) }
  raw_items(:httpstatus_old_name_at).each do |old|
    BY_NAME[old.text] = BY_CODE.fetch(old.code)
    const_set(old.text, old.code)
  end
  raw_items(:httpstatus_old_phrase_at).each do |old|
    BY_PHRASE[old.text] = BY_CODE.fetch(old.code)
  end
  UNOFFICIAL = new_entries(:httpstatus_unofficial_at)
  # Rack's symbols, current and obsolete, as its source lists them, beside
  # those Rack's rule makes of the phrases.
  (ENTRIES + UNOFFICIAL).each do |e|
    e.identifiers(:rack).each { |symbol| BY_SYMBOL[symbol.to_sym] = e }
  end
  ECOSYSTEMS = ECOSYSTEM_NUMBERS.transform_values { |eco| Core.httpstatus_ecosystem_qualifier(eco) }
  UNOFFICIAL_BY_CODE = UNOFFICIAL.group_by(&:code).transform_values(&:freeze)
  NO_MEANINGS = [].freeze
  CLASS_BY_CODE = (100..599).to_h do |code|
    [code, Core.httpstatus_class_name(Core.httpstatus_class_of(code)).to_sym]
  end
  # Tells find called with no argument from find(nil).
  NO_TEXT = Object.new.freeze
  # Deeply frozen, so that other Ractors may read them.
  [ENTRIES, BY_CODE, BY_NAME, BY_PHRASE, BY_SYMBOL, UNOFFICIAL, UNOFFICIAL_BY_CODE,
   NO_MEANINGS, CLASS_BY_CODE, ECOSYSTEMS].each { |table| Ractor.make_shareable(table) }
  private_constant :ENTRIES, :BY_CODE, :BY_NAME, :BY_PHRASE, :BY_SYMBOL, :UNOFFICIAL,
                   :UNOFFICIAL_BY_CODE, :NO_MEANINGS, :CLASS_BY_CODE, :NO_TEXT, :ECOSYSTEMS

  class << self
    # The entry of a registered Integer code, or of a String of digits
    # (Net::HTTP's res.code), or nil.
    def from_code(code)
      # The hit needs no type check: only Integer keys are in the Hash.
      BY_CODE[code] || BY_CODE[integer(code)]
    end

    # from_code, and for a Symbol the entry of Rack's symbol, current or
    # obsolete (:unprocessable_entity, :payload_too_large), or nil. Rack's
    # obsolete :bandwidth_limit_exceeded is an unofficial meaning of 509.
    def [](key)
      BY_CODE[key] || (key.is_a?(Symbol) ? BY_SYMBOL[key] : BY_CODE[integer(key)])
    end

    # The Integer code of a Rack symbol (:not_found, or an obsolete one), as
    # Rack::Utils.status_code has it; an Integer as it is. Raises
    # UnknownStatusError for an unknown symbol.
    def status_code(status)
      return integer(status) unless status.is_a?(Symbol)

      BY_SYMBOL.fetch(status) { raise unknown(status) }.code
    end

    # The class of any Integer as a Symbol (:client_error for 404 and for
    # 499), or nil outside 100..599.
    def class_of(code)
      CLASS_BY_CODE[code] || CLASS_BY_CODE[integer(code)]
    end

    # A code's unofficial meanings, in the C library's order (499: nginx's,
    # then Esri's), as a frozen Array; empty for any other Integer.
    def unofficial(code)
      UNOFFICIAL_BY_CODE[code] || UNOFFICIAL_BY_CODE[integer(code)] || NO_MEANINGS
    end

    # The entry whose canonical or old NAME is exactly +name+ (a String or
    # Symbol: :NOT_FOUND), or nil.
    def from_name(name)
      BY_NAME[name] || BY_NAME[string(name)]
    end

    # The entry whose current or old phrase is exactly +phrase+, or nil.
    def from_phrase(phrase)
      BY_PHRASE[phrase] || BY_PHRASE[string(phrase)]
    end

    # With a String or Symbol, the entry that text typed by a person or
    # pasted from a log means ("not found", :not_found, "404",
    # "Payload-Too-Large", "HTTP/1.1 404 Not Found"), or nil. With a block,
    # Enumerable#find: the first entry for which the block is true.
    def find(text = NO_TEXT, &block)
      if block
        return text.equal?(NO_TEXT) ? super(&block) : super
      end
      raise ArgumentError, "HTTPStatus.find takes a String to look up, or a block" if text.equal?(NO_TEXT)

      position = Core.httpstatus_find_index(string(text))
      ENTRIES[position] if position >= 0
    end

    # find's rules over the unofficial meanings: the meaning of "client
    # closed request" or "499 Token Required" (the first meaning for a code
    # alone), or nil.
    def unofficial_find(text)
      position = Core.httpstatus_unofficial_find_index(string(text))
      UNOFFICIAL[position] if position >= 0
    end

    # The registered entry that text find rejects most likely meant, from a
    # typo ("not fund") or a distinctive fragment ("teapot"); nil when
    # nothing is close enough.
    def suggest(text)
      position = Core.httpstatus_suggest_index(string(text))
      ENTRIES[position] if position >= 0
    end

    # Like from_code for an Integer and find for a String or Symbol, then
    # the first unofficial meaning (fetch("499") is nginx's); raises
    # UnknownStatusError when nothing matches.
    def fetch(key)
      entry = case key
              when Integer then BY_CODE[key] || UNOFFICIAL_BY_CODE[key]&.first
              when String, Symbol then find(key) || unofficial_find(key)
              else raise TypeError, "#{key.class} is not an Integer, String or Symbol"
              end
      entry or raise unknown(key)
    end

    # The ecosystems whose identifiers entries list, by short name, with
    # the qualifier their code writes before one, in the C library's order:
    # { go: "http.", dotnet: "HttpStatusCode.", ... } (frozen).
    def ecosystems = ECOSYSTEMS

    # Yields every registered entry in code order; without a block, an
    # Enumerator.
    def each(&block)
      return enum_for(:each) { ENTRIES.size } unless block

      ENTRIES.each(&block)
      self
    end

    # Yields every unofficial meaning in code order (the meanings of one
    # code adjacent, in the C library's order); without a block, an
    # Enumerator.
    def each_unofficial(&block)
      return enum_for(:each_unofficial) { UNOFFICIAL.size } unless block

      UNOFFICIAL.each(&block)
      self
    end

    private

    # An Integer as it is, a String of decimal digits as its Integer (nil
    # for any other String); any other value raises TypeError.
    def integer(value)
      case value
      when Integer then value
      when String then Integer(value, 10, exception: false)
      else raise TypeError, "no implicit conversion of #{value.class} into Integer"
      end
    end

    # A String as it is, a Symbol as its name; any other value raises.
    def string(value)
      case value
      when String then value
      when Symbol then value.name
      else raise TypeError, "no implicit conversion of #{value.class} into String"
      end
    end

    def unknown(key)
      UnknownStatusError.new("no HTTP status matches #{shown(key)}", receiver: self, key:)
    end

    # A value as an error message quotes it: inspected, at most 40
    # characters of it.
    def shown(value)
      text = value.inspect
      text.length > 43 ? "#{text[0, 40]}..." : text
    end
  end
end
