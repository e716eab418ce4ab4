"""Threads calling find, suggest and the table lookups at once all get the
answers one thread gets; threads making the first calls of identifiers at
once all get the C library's."""
import threading
import unittest

import httpstatus
from httpstatus import HTTPStatus
from httpstatus import _httpstatus_core as core

THREADS = 8
ROUNDS = 200


class TestThreads(unittest.TestCase):
    def test_concurrent_lookups_agree_with_one_thread(self):
        texts = [m.phrase.lower() for m in HTTPStatus] + [m.name for m in HTTPStatus]
        texts += [f"HTTP/1.1 {int(m)} {m.phrase}" for m in HTTPStatus] + ["nothing", b"404"]
        expected = [(httpstatus.find(t), httpstatus.unofficial_find(t)) for t in texts]
        typos = [m.phrase[1:] for m in HTTPStatus]
        expected_typos = [httpstatus.suggest(t) for t in typos]
        failures = []
        start = threading.Barrier(THREADS)

        def work():
            start.wait()
            for _ in range(ROUNDS):
                got = [(httpstatus.find(t), httpstatus.unofficial_find(t)) for t in texts]
                if got != expected:
                    failures.append(got)
            if [httpstatus.suggest(t) for t in typos] != expected_typos:
                failures.append("suggest")

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual([], failures)
        self.assertIs(HTTPStatus.NOT_FOUND, expected[texts.index("not found")][0])

    def test_first_calls_of_identifiers_at_once_agree_with_c(self):
        names = list(httpstatus.ecosystems())
        expected = []
        for member in HTTPStatus:
            raw = core.httpstatus_from_code(int(member))
            for eco in range(len(names)):
                found = []
                while (name := core.httpstatus_identifier(raw, eco, len(found))) is not None:
                    found.append(name)
                expected.append(tuple(found))
        # The tables are read on a code's first call: forget those read so far.
        httpstatus._IDENTIFIERS.clear()
        results = []
        start = threading.Barrier(THREADS)

        def work():
            start.wait()
            results.append([m.identifiers(n) for m in HTTPStatus for n in names])

        threads = [threading.Thread(target=work) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual([expected] * THREADS, results)


if __name__ == "__main__":
    unittest.main()
