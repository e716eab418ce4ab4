# frozen_string_literal: true

require "httpstatus_core"

# HTTP status codes from libhttpstatus.
#
#   HTTPStatus.from_code(404).phrase      # => "Not Found"
#   HTTPStatus::NOT_FOUND                 # => 404
#   HTTPStatus.find("payload too large")  # => #<HTTPStatus::Entry 413 Content Too Large>
#
# The entries, the lookup hashes and the constants are built once, when the
# file loads, from the C library's table (through the raw SWIG extension
# Httpstatus_core). from_code, from_name and from_phrase are then Hash
# lookups, several times cheaper than a call into C; find goes to the
# library's forgiving matcher.
module HTTPStatus
  extend Enumerable

  Core = ::Httpstatus_core
  private_constant :Core

  VERSION = Core.httpstatus_version

  # Raised by HTTPStatus.fetch when nothing matches.
  class UnknownStatusError < KeyError; end

  # One status code. Frozen; its strings are frozen UTF-8.
  class Entry
    attr_reader :code, :name, :phrase, :description, :spec

    def initialize(raw)
      @code = raw.code
      @name = raw.name
      @phrase = raw.phrase
      @description = raw.description
      @spec = raw.spec
      @status_class = raw.status_class
      freeze
    end

    def informational? = @status_class == Core::HTTPSTATUS_CLASS_INFORMATIONAL
    def success? = @status_class == Core::HTTPSTATUS_CLASS_SUCCESS
    def redirection? = @status_class == Core::HTTPSTATUS_CLASS_REDIRECTION
    def client_error? = @status_class == Core::HTTPSTATUS_CLASS_CLIENT_ERROR
    def server_error? = @status_class == Core::HTTPSTATUS_CLASS_SERVER_ERROR

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
  [BY_CODE, BY_NAME, BY_PHRASE].each(&:freeze)
  private_constant :ENTRIES, :BY_CODE, :BY_NAME, :BY_PHRASE

  class << self
    # The entry of an Integer code, or nil.
    def from_code(code)
      # The hit needs no type check: only Integer keys are in the Hash.
      BY_CODE[code] || (integer(code) && nil)
    end
    alias [] from_code

    # The entry whose canonical or old NAME is exactly +name+, or nil.
    def from_name(name)
      BY_NAME[name] || (string(name) && nil)
    end

    # The entry whose current or old phrase is exactly +phrase+, or nil.
    def from_phrase(phrase)
      BY_PHRASE[phrase] || (string(phrase) && nil)
    end

    # The entry that text typed by a person means ("not found", "404",
    # "Payload-Too-Large", "404 Not Found"), or nil.
    def find(text)
      raw = Core.httpstatus_find(string(text))
      raw && BY_CODE[raw.code]
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

    # Yields every entry in code order; without a block, an Enumerator.
    def each(&block)
      return enum_for(:each) { ENTRIES.size } unless block

      ENTRIES.each(&block)
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
