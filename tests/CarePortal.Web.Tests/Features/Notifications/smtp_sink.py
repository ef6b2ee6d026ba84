"""A real SMTP server for the tests: saves each message it accepts as <n>.eml in a folder.

Run with Debian's Python (python3-aiosmtpd): /usr/bin/python3 smtp_sink.py PORT FOLDER [DELAY_SECONDS]
Prints "ready" once listening and "saved <n>.eml" for each message, once its file is complete. DELAY_SECONDS holds each DATA before accepting it (to kill a sender mid-send).
"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder, delay):
        self.folder = folder
        self.delay = delay
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        path = os.path.join(self.folder, f"{next(self.counter):06d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.replace(path + ".tmp", path)
        print("saved", os.path.basename(path), flush=True)  # the signal SmtpSink.WaitForAsync awaits
        return "250 Message accepted for delivery"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    delay = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Sink(folder, delay), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()  # runs until the test closes stdin or kills it
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
