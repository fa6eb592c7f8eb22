"""A loopback TCP proxy that holds every chunk back for a delay, each way.

    python bench/latency_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS

An office whose PostgreSQL server is in the county's government cloud, or
across town: a round trip costs 2 × DELAY_MS. ``Proxy`` runs the same in a
thread of a benchmark. Loopback only.
"""

from __future__ import annotations

import asyncio
import sys
import threading


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes | None]] = asyncio.Queue()

    async def send() -> None:
        while True:
            due, data = await queue.get()
            if data is None:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(data)
            await writer.drain()
        writer.close()

    sender = asyncio.create_task(send())
    try:
        while data := await reader.read(65536):
            queue.put_nowait((loop.time() + delay, data))
    finally:
        queue.put_nowait((0.0, None))
        await sender


async def serve(listen: int, target: int, delay_ms: float) -> asyncio.Server:
    delay = delay_ms / 1000

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", target)
        await asyncio.gather(
            _pipe(client_r, server_w, delay),
            _pipe(server_r, client_w, delay),
            return_exceptions=True,
        )

    return await asyncio.start_server(handle, "127.0.0.1", listen)


class Proxy:
    """The proxy on a thread of its own, for as long as the ``with`` lasts."""

    def __init__(self, listen: int, target: int, delay_ms: float) -> None:
        self.args = (listen, target, delay_ms)
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()

    def __enter__(self) -> Proxy:
        def run() -> None:
            asyncio.set_event_loop(self.loop)
            self.server = self.loop.run_until_complete(serve(*self.args))
            self.ready.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        self.ready.wait(5)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


if __name__ == "__main__":
    listen, target, delay = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])

    async def main() -> None:
        server = await serve(listen, target, delay)
        async with server:
            await server.serve_forever()

    asyncio.run(main())
