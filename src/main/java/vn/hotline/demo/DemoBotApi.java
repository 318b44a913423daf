package vn.hotline.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for Telegram's Bot API server, inside the process on a loopback port, that the
 * service's real TelegramBots client talks HTTP to in demo mode: {@code /bot<token>/<method>} as
 * {@link DemoMethods} answers it, and {@code /file/bot<token>/<path>} for the files getFile names.
 * It knows one bot, whose token is plainly not Telegram's; any other token is answered 401.
 */
public final class DemoBotApi implements AutoCloseable {
  /** The demo bot's token: the bot id, then a secret that says what it is. */
  public static final String TOKEN = DemoPerson.BOT.id() + ":DEMO_not_a_real_token_no_Telegram";

  private static final String FILES = "/file/bot" + TOKEN + "/";

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private final DemoUpdates updates;
  private final DemoFiles files = new DemoFiles();
  private final DemoMethods methods;
  private final DemoPlayer player;

  private DemoBotApi(DemoChats chats, DemoCast cast, Clock clock) throws IOException {
    this.updates = new DemoUpdates(clock.instant());
    this.methods = new DemoMethods(chats, updates, files, cast, clock);
    this.player = new DemoPlayer(chats, updates, files, cast, clock);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  /** Starts the stand-in on a free loopback port, keeping the bot's messages in {@code chats}. */
  public static DemoBotApi start(DemoChats chats, DemoCast cast, Clock clock) {
    try {
      return new DemoBotApi(chats, cast, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("demo: cannot listen on a loopback port", e);
    }
  }

  /** The base URL, as {@code TELEGRAM_API_URL} would give it. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Plays the people of the cast in the chats. */
  public DemoPlayer player() {
    return player;
  }

  /** The bytes of a file of the chats (a photo, a document), as its download serves them. */
  public Optional<byte[]> file(String fileId) {
    return files.byId(fileId).map(DemoFiles.StoredFile::bytes);
  }

  @Override
  public void close() {
    updates.close();
    server.stop(0);
    handlers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/file/")) {
        download(exchange, path);
        return;
      }
      DemoRequest request = DemoRequest.read(exchange);
      DemoMethods.Answer answer =
          TOKEN.equals(request.token())
              ? methods.answer(request)
              : DemoMethods.Answer.error(401, "Unauthorized");
      byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private void download(HttpExchange exchange, String path) throws IOException {
    Optional<DemoFiles.StoredFile> file =
        path.startsWith(FILES) ? files.byPath(path.substring(FILES.length())) : Optional.empty();
    if (file.isEmpty()) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    byte[] bytes = file.get().bytes();
    exchange.getResponseHeaders().set("Content-Type", contentType(file.get().path()));
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static String contentType(String path) {
    return path.endsWith(".png")
        ? "image/png"
        : path.startsWith("photos/") ? "image/jpeg" : "application/octet-stream";
  }
}
