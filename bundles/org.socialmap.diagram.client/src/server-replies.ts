// Hands the server's answers to Socialmap's own requests (properties, quick fixes, filter options)
// to the page's panels, which live outside the diagram's dependency injection.
import { Action, Emitter, Event, IActionHandler } from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { SERVER_REPLY_KINDS, ServerReply } from './actions';

@injectable()
export class ServerReplies implements IActionHandler {
    protected readonly onReplyEmitter = new Emitter<ServerReply>();

    get onReply(): Event<ServerReply> {
        return this.onReplyEmitter.event;
    }

    handle(action: Action): void {
        if ((SERVER_REPLY_KINDS as readonly string[]).includes(action.kind)) {
            this.onReplyEmitter.fire(action as ServerReply);
        }
    }
}
