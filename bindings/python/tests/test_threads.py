"""Threads calling find, suggest and the table lookups at once all get the
answers one thread gets."""
import threading
import unittest

import httpstatus
from httpstatus import HTTPStatus

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


if __name__ == "__main__":
    unittest.main()
