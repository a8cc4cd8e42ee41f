#!/usr/bin/env python3
"""A stand-in for OBS's obs-websocket v5 server, for testing the example hook.

obs_websocket_server.py PORT PASSWORD OUT: accepts one connection on
127.0.0.1:PORT, does the RFC 6455 handshake (requiring the obswebsocket.json
subprotocol), sends Hello with an authentication challenge, checks the
client's Identify answer against PASSWORD (closing with code 4009 if wrong,
as OBS does), answers the first request, and writes the request's JSON to
OUT. Exits 0 only when all of that happened.
"""
import base64
import hashlib
import json
import socket
import sys

GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
SALT, CHALLENGE = "c2FsdHlzYWx0", "Y2hhbGxlbmdl"


def b64sha256(text):
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def send(conn, obj=None, opcode=1, raw=b""):
    data = json.dumps(obj).encode() if obj is not None else raw
    n = len(data)
    head = bytes([0x80 | opcode]) + (bytes([n]) if n < 126 else bytes([126]) + n.to_bytes(2, "big"))
    conn.sendall(head + data)  # servers never mask


def recv(rfile):
    b0, b1 = rfile.read(2)
    if not b1 & 0x80:
        sys.exit("client frame not masked")
    n = b1 & 0x7F
    if n >= 126:
        n = int.from_bytes(rfile.read(2 if n == 126 else 8), "big")
    mask = rfile.read(4)
    data = bytes(b ^ mask[i % 4] for i, b in enumerate(rfile.read(n)))
    if b0 != 0x81:
        sys.exit("expected one final text frame, got 0x%02x" % b0)
    return json.loads(data)


def main():
    port, password, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    server = socket.create_server(("127.0.0.1", port))
    server.settimeout(20)
    conn, _ = server.accept()
    conn.settimeout(10)
    rfile = conn.makefile("rb")
    request = rfile.readline().decode()
    headers = {}
    for line in iter(rfile.readline, b"\r\n"):
        name, _, value = line.decode().partition(":")
        headers[name.strip().lower()] = value.strip()
    if not request.startswith("GET ") or headers.get("upgrade", "").lower() != "websocket":
        sys.exit("not a WebSocket upgrade: %r" % request)
    if headers.get("sec-websocket-protocol") != "obswebsocket.json":
        sys.exit("no obswebsocket.json subprotocol")
    accept = base64.b64encode(
        hashlib.sha1((headers["sec-websocket-key"] + GUID).encode()).digest()).decode()
    conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Accept: %s\r\n"
                  "Sec-WebSocket-Protocol: obswebsocket.json\r\n\r\n" % accept).encode())
    send(conn, {"op": 0, "d": {"obsWebSocketVersion": "5.1.0", "rpcVersion": 1,
                               "authentication": {"challenge": CHALLENGE, "salt": SALT}}})
    identify = recv(rfile)
    expected = b64sha256(b64sha256(password + SALT) + CHALLENGE)
    if identify.get("op") != 1 or identify["d"].get("authentication") != expected:
        send(conn, opcode=8, raw=(4009).to_bytes(2, "big") + b"Authentication failed.")
        sys.exit("authentication failed")
    send(conn, {"op": 2, "d": {"negotiatedRpcVersion": 1}})
    req = recv(rfile)
    if req.get("op") != 6:
        sys.exit("expected a request (op 6), got %r" % req)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(req, f, ensure_ascii=False)
    send(conn, {"op": 7, "d": {"requestType": req["d"]["requestType"],
                               "requestId": req["d"]["requestId"],
                               "requestStatus": {"result": True, "code": 100}}})
    conn.close()


if __name__ == "__main__":
    main()
