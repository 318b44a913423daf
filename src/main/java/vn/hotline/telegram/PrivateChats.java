package vn.hotline.telegram;

import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboundHandler;
import vn.hotline.intake.Intake;

/** Citizen intake, which takes whatever reaches the bot in a private chat and is not the desk's. */
final class PrivateChats implements InboundHandler {
  private final Intake intake;

  PrivateChats(Intake intake) {
    this.intake = intake;
  }

  @Override
  public boolean canHandle(Inbound inbound) {
    return inbound.sender().privateChat();
  }

  @Override
  public void handle(Inbound inbound) {
    intake.handle(inbound);
  }
}
