package vn.hotline.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import vn.hotline.testing.Eventually;

/**
 * A Telegram Bot API server for tests, on a random loopback port, that the real TelegramBots client
 * talks HTTP to ({@code /bot<token>/<method>}). It answers getMe, getUpdates (with offset semantics
 * and long polling), setWebhook, deleteWebhook, setMyCommands, sendMessage, sendPhoto, sendDocument
 * (file ids, or files uploaded as multipart forms, recorded in {@link BotApiCall#files()}),
 * editMessageText, editMessageReplyMarkup, answerCallbackQuery, and getFile with the download of
 * the file at {@code /file/bot<token>/<path>} (photos the bot uploaded, or a picture made for any
 * other file id) as Telegram does; records every call; and on request enforces flood limits, fails
 * calls, or plays a chat that blocked the bot.
 *
 * <pre>{@code
 * try (FakeBotApi telegram = FakeBotApi.start()) {
 *   telegram.pushFixture(TelegramFixtures.TEXT_WITH_DIACRITICS);   // an update for getUpdates
 *   ... point the service at telegram.properties() ...
 *   BotApiCall reply = telegram.awaitMessages(6123457001L, 1, Duration.ofSeconds(5)).getFirst();
 * }
 * }</pre>
 */
public final class FakeBotApi implements AutoCloseable {
  /** The token the fake accepts unless started with another. */
  public static final String TOKEN = "7104455672:AAHfakeTokenForTestsOnly_x1022";

  /** The bot's username, as getMe gives it. */
  public static final String BOT_USERNAME = "hotline1022_bot";

  private final String token;
  private final HttpServer server;
  private final ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
  private final ObjectNode bot;
  private final FakeUpdates updates = new FakeUpdates();
  private final FakeSends sends;
  private final FakeSetup setup;
  private final FakeFiles files = new FakeFiles();
  private final List<BotApiCall> calls = new CopyOnWriteArrayList<>();

  /** What the last setWebhook asked for. */
  public record Webhook(
      String url, String secretToken, String allowedUpdates, String maxConnections) {}

  private FakeBotApi(String token) throws IOException {
    this.token = token;
    this.bot = BotApiJson.bot(Long.parseLong(token.substring(0, token.indexOf(':'))), BOT_USERNAME);
    this.sends = new FakeSends(bot, files);
    this.setup = new FakeSetup(bot, updates);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
  }

  public static FakeBotApi start() {
    return start(TOKEN);
  }

  /** Starts a fake for {@code token} ({@code <bot id>:<secret>}); other tokens are answered 401. */
  public static FakeBotApi start(String token) {
    try {
      return new FakeBotApi(token);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String token() {
    return token;
  }

  /** The base URL, for {@code TELEGRAM_API_URL}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Settings that point a client at this fake. */
  public TelegramSettings settings() {
    return new TelegramSettings(token, url(), "", "");
  }

  /** Micronaut properties that point the service at this fake. */
  public Map<String, String> properties() {
    return Map.of("hotline.telegram.token", token, "hotline.telegram.api-url", url());
  }

  // ---- updates

  /**
   * Queues an update (real update JSON) for getUpdates; returns its update_id, given one if it has
   * none.
   */
  public long pushUpdate(String json) {
    return updates.push(json);
  }

  /** Queues a fixture, one of {@link TelegramFixtures}. */
  public long pushFixture(String name) {
    return pushUpdate(TelegramFixtures.read(name));
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  public int pendingUpdates() {
    return updates.pending();
  }

  // ---- files

  /** Keeps {@code bytes} as the file {@code fileId}, for getFile and its download. */
  public void putFile(String fileId, byte[] bytes) {
    files.put(fileId, bytes);
  }

  /** The bytes a download of {@code fileId} gives. */
  public byte[] fileBytes(String fileId) {
    return files.bytes(fileId);
  }

  // ---- faults

  /** Enforces flood limits on sends and edits from now on, answering 429 with retry_after. */
  public void enforceLimits(
      int perChat,
      Duration perChatWindow,
      int perGroup,
      Duration perGroupWindow,
      int global,
      Duration globalWindow) {
    sends
        .limits()
        .enforce(
            new FakeLimits.Limit(perChat, perChatWindow),
            new FakeLimits.Limit(perGroup, perGroupWindow),
            new FakeLimits.Limit(global, globalWindow));
  }

  /** How many calls were refused with 429. */
  public int rateLimited() {
    return sends.limits().refused();
  }

  /** The next {@code n} calls of sending methods answer 500 Internal Server Error. */
  public void failNext(int n) {
    sends.failNext(null, n);
  }

  /** The next {@code n} calls of {@code method} (e.g. "sendMessage") answer 500. */
  public void failNext(String method, int n) {
    sends.failNext(method, n);
  }

  /** Sends to {@code chatId} answer 403 "Forbidden: bot was blocked by the user". */
  public void block(long chatId) {
    sends.chats().block(chatId);
  }

  /** Sends to {@code chatId} answer 400 "Bad Request: chat not found". */
  public void forget(long chatId) {
    sends.chats().forget(chatId);
  }

  /**
   * The next {@code n} successful sends are carried out, but their answers are lost: the connection
   * drops.
   */
  public void loseNextAnswers(int n) {
    sends.loseNextAnswers(n);
  }

  // ---- what happened

  public List<BotApiCall> calls() {
    return List.copyOf(calls);
  }

  /** The calls of {@code method} (any case), in order. */
  public List<BotApiCall> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** How many times each text delivered to a chat was delivered to it, keyed by chat and text. */
  public Map<String, Long> deliveriesOfEachText() {
    return calls("sendMessage").stream()
        .filter(BotApiCall::ok)
        .collect(Collectors.groupingBy(c -> c.chatId() + "|" + c.text(), Collectors.counting()));
  }

  /** The messages (texts, photos and documents) delivered to {@code chatId}, in order. */
  public List<BotApiCall> sentTo(long chatId) {
    return calls.stream()
        .filter(c -> c.ok() && c.chatId() != null && c.chatId() == chatId)
        .filter(
            c ->
                c.method().equalsIgnoreCase("sendMessage")
                    || c.method().equalsIgnoreCase("sendPhoto")
                    || c.method().equalsIgnoreCase("sendDocument"))
        .toList();
  }

  /**
   * The message {@code messageId} of {@code chatId} as the chat shows it now, edits applied (method
   * {@code shown}), for its text and buttons.
   */
  public Optional<BotApiCall> shown(long chatId, long messageId) {
    return sends
        .chats()
        .shown(chatId, messageId)
        .map(
            m ->
                new BotApiCall(
                    "shown",
                    chatId,
                    m.text(),
                    m.markup(),
                    messageId,
                    200,
                    Map.of(),
                    null,
                    null,
                    Map.of()));
  }

  /** Waits until {@code chatId} has received at least {@code n} messages; returns them all. */
  public List<BotApiCall> awaitMessages(long chatId, int n, Duration timeout) {
    Eventually.await(n + " messages to chat " + chatId, timeout, () -> sentTo(chatId).size() >= n);
    return sentTo(chatId);
  }

  /**
   * Waits until {@code method} has been called successfully at least {@code n} times; returns those
   * calls.
   */
  public List<BotApiCall> awaitCalls(String method, int n, Duration timeout) {
    Eventually.await(
        n + " successful " + method + " calls",
        timeout,
        () -> calls(method).stream().filter(BotApiCall::ok).count() >= n);
    return calls(method).stream().filter(BotApiCall::ok).toList();
  }

  public Optional<Webhook> webhook() {
    return setup.webhook();
  }

  /** The commands JSON of the last setMyCommands. */
  public Optional<String> commands() {
    return setup.commands();
  }

  @Override
  public void close() {
    updates.close();
    server.stop(0);
    handlers.shutdownNow();
  }

  // ---- serving

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (exchange.getRequestURI().getPath().startsWith("/file/")) {
        download(exchange);
        return;
      }
      FakeRequest request = FakeRequest.read(exchange);
      String method = request.method().toLowerCase(Locale.ROOT);
      FakeAnswer answer =
          !token.equals(request.token())
              ? FakeAnswer.error(401, "Unauthorized")
              : FakeSends.METHODS.contains(method)
                  ? sends.answer(method, request)
                  : method.equals("getfile")
                      ? files.getFile(request)
                      : setup.answer(method, request);
      String text =
          request.param("text") != null ? request.param("text") : request.param("caption");
      calls.add(
          new BotApiCall(
              request.method(),
              request.chatId(),
              text,
              request.param("reply_markup"),
              answer.messageId(),
              answer.status(),
              request.params(),
              Instant.now(),
              answer.error(),
              request.files()));
      if (answer.lost()) {
        return; // closing the exchange unanswered drops the connection
      }
      byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), body.length);
      exchange.getResponseBody().write(body);
    }
  }

  // A file's download, recorded as method "download" with the file's path as its text.
  private void download(HttpExchange exchange) throws IOException {
    String prefix = "/file/bot" + token + "/";
    String path = exchange.getRequestURI().getPath();
    Optional<byte[]> file =
        path.startsWith(prefix)
            ? files.download(path.substring(prefix.length()))
            : Optional.empty();
    int status = file.isPresent() ? 200 : 404;
    calls.add(
        new BotApiCall(
            "download",
            null,
            path.startsWith(prefix) ? path.substring(prefix.length()) : "",
            null,
            0,
            status,
            Map.of(),
            Instant.now(),
            file.isPresent() ? null : "Not Found",
            Map.of()));
    byte[] body = file.orElse("Not Found".getBytes(StandardCharsets.UTF_8));
    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
