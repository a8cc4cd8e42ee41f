#!/usr/bin/env python3
"""Raw clients of gavel serve for tests/cli/test_serve.sh (docs/protocol.md).

serve_client.py SOCKET garbage        send a line that is not JSON; print what
                                      comes back, then "closed" when the server
                                      drops the connection
serve_client.py SOCKET huge           send a line over the limit, no newline;
                                      print "closed" when dropped
serve_client.py SOCKET slow N         send N requests and never read; print
                                      "sent" and stay connected until killed
serve_client.py SOCKET many N         open N connections at once, none waiting
                                      for its greeting; print "opened"
serve_client.py SOCKET again FLAG W.. run W.. and print the reply; when the
                                      file FLAG exists, run it again, print
                                      the reply, then "closed" if dropped
serve_client.py SOCKET greet N        open N connections and keep them; print
                                      the first line each is sent
serve_client.py SOCKET halfclose W..  send W.., shut the writing side (as
                                      `nc -N` does) and print the reply's out
                                      as the server sends it, to the end
serve_client.py SOCKET subscribe M N [COMMAND]
                                      subscribe to meeting M; print "ready",
                                      then each of the next N events (one JSON a
                                      line), or of the events until N of
                                      COMMAND's
"""
import json
import os
import socket
import sys
import time


def connect(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(path)
    f = s.makefile("rb")
    hello = json.loads(f.readline())
    assert hello.get("hello") == "gavel", hello
    return s, f


def until_closed(s, f):
    s.settimeout(10)
    try:
        while True:
            line = f.readline()
            if not line:
                break
            sys.stdout.write(line.decode())
    except (ConnectionResetError, socket.timeout):
        pass
    print("closed", flush=True)


def main():
    path, mode = sys.argv[1], sys.argv[2]
    if mode == "many":
        socks = []
        for _ in range(int(sys.argv[3])):
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.connect(path)
            socks.append(c)
        print("opened", flush=True)
        time.sleep(1)
        return
    if mode == "greet":
        kept = []
        for _ in range(int(sys.argv[3])):
            c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            c.connect(path)
            cf = c.makefile("rb")
            sys.stdout.write(cf.readline().decode())
            kept.append((c, cf))
        sys.stdout.flush()
        return
    s, f = connect(path)
    if mode == "garbage":
        s.sendall(b"\x00\xff{not json at all\n")
        until_closed(s, f)
    elif mode == "huge":
        try:
            s.sendall(b'{"protocol":1,"id":1,"argv":["' + b"x" * 70000)
        except (BrokenPipeError, ConnectionResetError):
            pass
        until_closed(s, f)
    elif mode == "slow":
        req = json.dumps({"protocol": 1, "id": 1, "argv": ["help"]}).encode() + b"\n"
        s.setblocking(False)
        sent = 0
        deadline = time.time() + 20
        data = req * int(sys.argv[3])
        while sent < len(data) and time.time() < deadline:
            try:
                sent += s.send(data[sent:])
            except BlockingIOError:
                time.sleep(0.01)
            except (BrokenPipeError, ConnectionResetError):
                break
        print("sent", flush=True)
        time.sleep(60)
    elif mode == "again":
        flag, words = sys.argv[3], sys.argv[4:]
        req = json.dumps({"protocol": 1, "id": 1, "argv": words}).encode() + b"\n"
        s.sendall(req)
        sys.stdout.write(f.readline().decode())
        sys.stdout.flush()
        deadline = time.time() + 20
        while not os.path.exists(flag) and time.time() < deadline:
            time.sleep(0.05)
        try:
            s.sendall(req)
        except (BrokenPipeError, ConnectionResetError):
            pass
        until_closed(s, f)
    elif mode == "halfclose":
        req = json.dumps({"protocol": 1, "id": 1, "argv": sys.argv[3:]}).encode() + b"\n"
        s.sendall(req)
        s.shutdown(socket.SHUT_WR)
        s.settimeout(10)
        line = f.readline()
        try:
            sys.stdout.write(json.loads(line)["out"])
        except ValueError:
            print("cut short after %d bytes" % len(line))
    elif mode == "subscribe":
        s.sendall(json.dumps({"protocol": 1, "id": 1, "subscribe": sys.argv[3]}).encode() + b"\n")
        reply = json.loads(f.readline())
        assert reply.get("status") == 0, reply
        print("ready", flush=True)
        # with a COMMAND, only its events count (a write made just before
        # subscribing may still be announced first)
        want = sys.argv[5] if len(sys.argv) > 5 else None
        n = int(sys.argv[4])
        while n > 0:
            line = f.readline()
            if not line:
                break
            sys.stdout.write(line.decode())
            sys.stdout.flush()
            if want is None or json.loads(line).get("command") == want:
                n -= 1


main()
