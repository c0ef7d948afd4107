async def fetch(n: int) -> int:  # error: async
    return n
