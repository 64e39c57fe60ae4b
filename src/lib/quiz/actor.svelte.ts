import { createActor, type Actor, type AnyStateMachine, type SnapshotFrom } from 'xstate';

/**
 * Runs an xstate actor for a component: created and started only in the browser (inside `$effect`),
 * never during server rendering, with its latest snapshot in `$state.raw` for the template to read.
 */
export class ActorState<TMachine extends AnyStateMachine> {
	snapshot = $state.raw<SnapshotFrom<TMachine>>() as SnapshotFrom<TMachine>;
	actor: Actor<TMachine>;

	constructor(machine: TMachine, options: Parameters<typeof createActor<TMachine>>[1], onSnapshot?: (actor: Actor<TMachine>) => void) {
		this.actor = createActor(machine, options);
		this.snapshot = this.actor.getSnapshot();
		$effect(() => {
			const subscription = this.actor.subscribe((snapshot) => {
				this.snapshot = snapshot;
				onSnapshot?.(this.actor);
			});
			this.actor.start();
			return () => {
				subscription.unsubscribe();
				this.actor.stop();
			};
		});
	}

	send: Actor<TMachine>['send'] = (event) => this.actor.send(event);
}
