# frozen_string_literal: true

require "httpstatus_core"

# HTTP status codes from libhttpstatus.
#
#   HTTPStatus.from_code(404).phrase      # => "Not Found"
#   HTTPStatus::NOT_FOUND                 # => 404
#   HTTPStatus.find("payload too large")  # => #<HTTPStatus::Entry 413 Content Too Large>
#   HTTPStatus.unofficial(499).map(&:origin) # => ["nginx", "Esri"]
#
# The entries, the lookup hashes and the constants are built once, when the
# file loads, from the C library's tables (through the raw SWIG extension
# Httpstatus_core). from_code, from_name, from_phrase, class_of and
# unofficial are then Hash lookups, several times cheaper than a call into
# C; find, unofficial_find and suggest make one C call each, which returns
# the position of the entry in these tables.
module HTTPStatus
  extend Enumerable

  Core = ::Httpstatus_core
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
  private_constant :FLAGS

  # One status code, or one unofficial meaning of a code. Frozen; its
  # strings are frozen UTF-8, status_class and registry are Symbols.
  class Entry
    attr_reader :code, :name, :phrase, :description, :spec, :origin,
                :status_class, :registry, :properties

    def initialize(raw)
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
      freeze
    end

    def informational? = @status_class == :informational
    def success? = @status_class == :success
    def redirection? = @status_class == :redirection
    def client_error? = @status_class == :client_error
    def server_error? = @status_class == :server_error

    # One predicate per property (RFC 9110 sections in brackets).
    def cacheable? = @flags & Core::HTTPSTATUS_FLAG_CACHEABLE != 0 # [15.1]
    def no_content? = @flags & Core::HTTPSTATUS_FLAG_NO_CONTENT != 0 # [6.4.1]
    def redirect? = @flags & Core::HTTPSTATUS_FLAG_REDIRECT != 0 # [15.4]
    def keeps_method? = @flags & Core::HTTPSTATUS_FLAG_KEEPS_METHOD != 0
    def retryable? = @flags & Core::HTTPSTATUS_FLAG_RETRYABLE != 0
    def interim? = @flags & Core::HTTPSTATUS_FLAG_INTERIM != 0

    def to_i = code
    def to_s = "#{code} #{phrase}"
    def inspect = "#<#{self.class} #{self}>"
  end

  # Yields the raw items at(0), at(1), ... until at returns nil.
  def self.raw_items(at)
    (0..).lazy.map { |i| Core.public_send(at, i) }.take_while(&:itself)
  end
  private_class_method :raw_items

  ENTRIES = raw_items(:httpstatus_at).map { |raw| Entry.new(raw) }.to_a.freeze
  BY_CODE = ENTRIES.to_h { |e| [e.code, e] }
  BY_NAME = ENTRIES.to_h { |e| [e.name, e] }
  BY_PHRASE = ENTRIES.to_h { |e| [e.phrase, e] }
  ENTRIES.each { |e| const_set(e.name, e.code) }
  raw_items(:httpstatus_old_name_at).each do |old|
    BY_NAME[old.text] = BY_CODE.fetch(old.code)
    const_set(old.text, old.code)
  end
  raw_items(:httpstatus_old_phrase_at).each do |old|
    BY_PHRASE[old.text] = BY_CODE.fetch(old.code)
  end
  UNOFFICIAL = raw_items(:httpstatus_unofficial_at).map { |raw| Entry.new(raw) }.to_a.freeze
  UNOFFICIAL_BY_CODE = UNOFFICIAL.group_by(&:code).transform_values(&:freeze)
  NO_MEANINGS = [].freeze
  CLASS_BY_CODE = (100..599).to_h do |code|
    [code, Core.httpstatus_class_name(Core.httpstatus_class_of(code)).to_sym]
  end
  [BY_CODE, BY_NAME, BY_PHRASE, UNOFFICIAL_BY_CODE, CLASS_BY_CODE].each(&:freeze)
  # Tells find called with no argument from find(nil).
  NO_TEXT = Object.new.freeze
  private_constant :ENTRIES, :BY_CODE, :BY_NAME, :BY_PHRASE, :UNOFFICIAL,
                   :UNOFFICIAL_BY_CODE, :NO_MEANINGS, :CLASS_BY_CODE, :NO_TEXT

  class << self
    # The entry of a registered Integer code, or nil.
    def from_code(code)
      # The hit needs no type check: only Integer keys are in the Hash.
      BY_CODE[code] || (integer(code) && nil)
    end
    alias [] from_code

    # The class of any Integer as a Symbol (:client_error for 404 and for
    # 499), or nil outside 100..599.
    def class_of(code)
      CLASS_BY_CODE[code] || (integer(code) && nil)
    end

    # A code's unofficial meanings, in the C library's order (499: nginx's,
    # then Esri's), as a frozen Array; empty for any other Integer.
    def unofficial(code)
      UNOFFICIAL_BY_CODE[code] || (integer(code) && NO_MEANINGS)
    end

    # The entry whose canonical or old NAME is exactly +name+, or nil.
    def from_name(name)
      BY_NAME[name] || (string(name) && nil)
    end

    # The entry whose current or old phrase is exactly +phrase+, or nil.
    def from_phrase(phrase)
      BY_PHRASE[phrase] || (string(phrase) && nil)
    end

    # With a String, the entry that text typed by a person or pasted from a
    # log means ("not found", "404", "Payload-Too-Large", "404 Not Found",
    # "HTTP/1.1 404 Not Found"), or nil. With a block, Enumerable#find:
    # the first entry for which the block is true.
    def find(text = NO_TEXT, &block)
      if block
        return text.equal?(NO_TEXT) ? super(&block) : super
      end
      raise ArgumentError, "HTTPStatus.find takes a String to look up, or a block" if text.equal?(NO_TEXT)

      position = Core.httpstatus_find_index(text)
      ENTRIES[position] if position >= 0
    end

    # find's rules over the unofficial meanings: the meaning of "client
    # closed request" or "499 Token Required" (the first meaning for a code
    # alone), or nil.
    def unofficial_find(text)
      position = Core.httpstatus_unofficial_find_index(text)
      UNOFFICIAL[position] if position >= 0
    end

    # The registered entry that text find rejects most likely meant, from a
    # typo ("not fund") or a distinctive fragment ("teapot"); nil when
    # nothing is close enough.
    def suggest(text)
      position = Core.httpstatus_suggest_index(text)
      ENTRIES[position] if position >= 0
    end

    # Like from_code for an Integer and find for a String or Symbol, but
    # raises UnknownStatusError when nothing matches.
    def fetch(key)
      entry = case key
              when Integer then BY_CODE[key]
              when String, Symbol then find(key.to_s)
              else raise TypeError, "#{key.class} is not an Integer, String or Symbol"
              end
      return entry if entry

      shown = key.inspect
      shown = "#{shown[0, 40]}..." if shown.length > 43
      raise UnknownStatusError.new("no HTTP status matches #{shown}", receiver: self, key: key)
    end

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

    def integer(value)
      raise TypeError, "no implicit conversion of #{value.class} into Integer" unless value.is_a?(Integer)

      value
    end

    def string(value)
      raise TypeError, "no implicit conversion of #{value.class} into String" unless value.is_a?(String)

      value
    end
  end
end
