package io.vipgate.cache.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a test server (Redis here, PostgreSQL in bootstrap's *IT suite) that a test stops
 * and starts, to take the server away from the application at run time and give it back on the same port. Stopping
 * also cuts the connections already open.
 */
public final class TcpProxy implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    public TcpProxy(int port, InetSocketAddress target) {
        this.port = port;
        this.target = target;
    }

    /** Where the application connects to. */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress().getHostAddress(), port);
    }

    public synchronized void start() {
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = listening;
            Thread.ofPlatform().daemon().name("tcp-proxy-accept").start(() -> accept(listening));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    public synchronized void stop() {
        closeQuietly(server);
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                if (!register(listening, client, upstream)) {
                    return;
                }
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** A connection accepted just as stop() ran must not outlive it: that would be the server still answering. */
    private synchronized boolean register(ServerSocket listening, Socket client, Socket upstream) {
        if (listening.isClosed() || listening != server) {
            closeQuietly(client);
            closeQuietly(upstream);
            return false;
        }
        sockets.add(client);
        sockets.add(upstream);
        return true;
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("tcp-proxy-pump").start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException cut) {
                // The other side or stop() closed the connection.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // Closing is best effort: the socket may already be gone.
        }
    }
}
