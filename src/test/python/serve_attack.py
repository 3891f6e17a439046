#!/usr/bin/env python3
"""Attacks on a running `pilcrow serve` with a scripted client (paramiko), loopback only.

Usage: serve_attack.py PORT KEY_FILE

Each attack is bounded in count, size and time. What a hostile client sends: a version line,
a user name, a TERM, env requests, exec and subsystem names and a disconnect message carrying ESC, BEL, C1 and bidi
controls and 200 KB values; many session channels on one connection; window changes with huge
sizes; a malformed packet from a raw socket. Then an honest login must still get the reader.
Whether the server's log stayed clean is for the caller to check (ServeAttackIT).

Exit status: 0 when the server survived every attack, 1 when not, 3 when paramiko is missing.
"""
import logging
import socket
import struct
import sys
import time

try:
    import paramiko
except ImportError:
    print("paramiko not found: install python3-paramiko")
    sys.exit(3)

# paramiko's own log (each refused channel) would only repeat what the attacks report.
logging.getLogger("paramiko").addHandler(logging.NullHandler())
logging.getLogger("paramiko").propagate = False

HOSTILE = "\x1b]0;owned\x07\x1b[2J\u009b31m\u202eevil"
BIG = 200 * 1024
TIMEOUT = 10.0
PORT = int(sys.argv[1])
KEY = paramiko.Ed25519Key.from_private_key_file(sys.argv[2])


def connect(user="reader", version=None):
    """A logged-in transport; `version` replaces the client's identification line."""
    sock = socket.create_connection(("127.0.0.1", PORT), timeout=TIMEOUT)
    transport = paramiko.Transport(sock)
    if version is not None:
        transport.local_version = version
    transport.start_client(timeout=TIMEOUT)
    transport.auth_publickey(user, KEY)
    return transport


def refused(action):
    """Runs `action`, which the server should refuse; True when it did (or the channel ended)."""
    try:
        action()
        return False
    except (paramiko.SSHException, EOFError, OSError):
        return True


def read_until(channel, text, seconds=TIMEOUT):
    deadline = time.time() + seconds
    seen = b""
    channel.settimeout(0.5)
    while time.time() < deadline and text.encode() not in seen:
        try:
            chunk = channel.recv(65536)
        except socket.timeout:
            continue
        if not chunk:
            break
        seen += chunk
    return text.encode() in seen


def hostile_version():
    # An identification line is at most 255 characters (RFC 4253): a hostile one within that.
    transport = connect(version="SSH-2.0-" + HOSTILE + "x" * 150)
    transport.close()


def hostile_user_name():
    for user in (HOSTILE, HOSTILE + "u" * BIG):
        try:
            transport = connect(user=user)
        except (paramiko.SSHException, EOFError, OSError):
            continue  # refusing the name is fine too
        # Reset the connection (RST, no disconnect message): MINA warns, naming the session by
        # its user name, so the name reaches the log and must arrive there sanitised and cut.
        transport.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.sock.close()
        transport.close()


def hostile_term_and_env():
    transport = connect()
    try:
        for term in (HOSTILE, "x" * BIG, "tmux-256color", "pilcrow-made-up-term"):
            channel = transport.open_session(timeout=TIMEOUT)
            for name, value in (("LC_ALL", HOSTILE), ("LANG", "v" * BIG), (HOSTILE, "x"),
                                ("N" * BIG, "x"), ("TERM", HOSTILE), ("COLUMNS", "30000")):
                channel.set_environment_variable(name, value)
            if not refused(lambda: channel.get_pty(term=term, width=80, height=24)):
                channel.invoke_shell()
                time.sleep(0.3)
            channel.close()
    finally:
        transport.close()


def hostile_exec_and_subsystem():
    # No command or subsystem is served: MINA refuses each and warns, quoting the client's name
    # for it (under our channel class's logger), which must reach the log sanitised and cut.
    transport = connect()
    try:
        for request in (lambda c: c.exec_command("x" + HOSTILE + "e" * (100 * 1024)),
                        lambda c: c.invoke_subsystem("sub" + HOSTILE + "s" * (100 * 1024))):
            channel = transport.open_session(timeout=TIMEOUT)
            if not refused(lambda: request(channel)):
                time.sleep(0.3)  # accepted: the exit status would tell; the log is checked either way
            channel.close()
    finally:
        transport.close()


def many_channels():
    transport = connect()
    opened = 0
    channels = []
    try:
        for _ in range(30):
            try:
                channels.append(transport.open_session(timeout=TIMEOUT))
                opened += 1
            except paramiko.ChannelException:
                pass
        if not transport.is_active():
            raise AssertionError("a refused channel dropped the connection")
        print("  opened %d of 30 session channels" % opened)
    finally:
        transport.close()


def session_when_free():
    """A logged-in transport and a session channel on it. The attack above took this key's every
    place (--max-per-user, 10); the server gives them back once it has seen that connection close,
    which can come after a new login: until then it refuses the login or the channel (a clean
    disconnect or open failure), and this tries again, as a user reconnecting would, for at most 5 s."""
    deadline = time.time() + 5
    while True:
        transport = None
        try:
            transport = connect()
            return transport, transport.open_session(timeout=TIMEOUT)
        except (paramiko.SSHException, EOFError) as refused:
            if transport is not None:
                transport.close()
            if time.time() > deadline:
                raise AssertionError("the key's places were not given back within 5 s of closing: %s" % refused)
            time.sleep(0.2)


def huge_window_changes():
    transport, channel = session_when_free()
    try:
        channel.get_pty(term="xterm", width=80, height=24)
        channel.invoke_shell()
        read_until(channel, "US passes itself off")
        for width, height in ((2 ** 31 - 1, 2 ** 31 - 1), (46341, 46341), (30000, 30000), (0, 0), (1, 1)):
            channel.resize_pty(width=width, height=height)
        channel.send("q")
        channel.close()
    finally:
        transport.close()


def hostile_disconnect():
    transport = connect()
    message = paramiko.Message()
    message.add_byte(bytes([paramiko.common.MSG_DISCONNECT]))
    message.add_int(11)  # SSH_DISCONNECT_BY_APPLICATION
    message.add_string(HOSTILE + "d" * 60000)
    message.add_string("")
    transport._send_user_message(message)
    time.sleep(0.3)
    transport.close()


def malformed_packet():
    # A version line, then a packet too short to hold what it announces: MINA warns.
    with socket.create_connection(("127.0.0.1", PORT), timeout=TIMEOUT) as sock:
        sock.recv(256)
        sock.sendall(("SSH-2.0-" + HOSTILE + "\r\n").encode())
        sock.sendall(b"\x00\x00\x00\x0c\x0a\x14" + b"\xff" * 200)
        time.sleep(0.5)


def honest_login():
    transport = connect()
    try:
        channel = transport.open_session(timeout=TIMEOUT)
        channel.get_pty(term="xterm-256color", width=100, height=30)
        channel.invoke_shell()
        if not read_until(channel, "US passes itself off"):
            raise AssertionError("an honest login did not get the reader after the attacks")
        channel.send("q")
    finally:
        transport.close()


ATTACKS = [hostile_version, hostile_user_name, hostile_term_and_env, hostile_exec_and_subsystem, many_channels,
           huge_window_changes, hostile_disconnect, malformed_packet, honest_login]


def main():
    failed = []
    for attack in ATTACKS:
        try:
            attack()
            print("ok   " + attack.__name__)
        except Exception as e:  # one attack's failure is reported, the others still run
            failed.append(attack.__name__)
            print("FAIL %s: %s: %s" % (attack.__name__, type(e).__name__, str(e)[:300]))
    print("survived" if not failed else "failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
