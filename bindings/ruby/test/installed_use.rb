# frozen_string_literal: true

# The README's first steps, run by ../install_and_use.sh against an
# installed copy: the layer and the extension must come from under $PREFIX.
require "httpstatus"
e = HTTPStatus.find("not found")
raise "wrong entry" unless e.code == HTTPStatus::NOT_FOUND && e.client_error?

where = $LOADED_FEATURES.grep(/httpstatus/)
raise "loaded #{where}" unless where.size == 2 && where.all? { |f| f.start_with?(ENV.fetch("PREFIX")) }

puts "Ruby: #{e} from #{where.join(", ")}"
