# A port that swallows connections, like a firewall that drops packets: a listening socket with the
# smallest backlog that never accepts, its queue filled by our own connections, so the kernel drops
# every further SYN and a client's connect() waits until its own timeout. Loopback only.
# Usage: blackhole.py HOST PORT   (prints "ready" once the queue is full; stops when stdin closes)
import socket, sys, time

host, port = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind((host, port))
listener.listen(0)
fillers = []
for _ in range(3):
    c = socket.socket()
    c.setblocking(False)
    try:
        c.connect((host, port))
    except BlockingIOError:
        pass
    fillers.append(c)
time.sleep(0.2)
print('ready', flush=True)
sys.stdin.read()
