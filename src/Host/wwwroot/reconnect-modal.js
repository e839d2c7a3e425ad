// Drives the Spanish reconnect dialog of ReconnectModal.razor. blazor.web.js raises components-reconnect-state-changed
// on the dialog with the state: show, retrying, failed, paused, resume-failed, hide or rejected.
const dialog = document.getElementById("components-reconnect-modal");
const states = ["show", "retrying", "failed", "paused", "resume-failed"];

function showState(state) {
    dialog.classList.remove(...states.map(s => `components-reconnect-${s}`));
    if (states.includes(state)) dialog.classList.add(`components-reconnect-${state}`);
    dialog.dataset.state = state;
}

function onStateChanged(event) {
    const state = event.detail.state;
    showState(state);
    if (state === "show" && !dialog.open) dialog.showModal();
    else if (state === "hide") dialog.close();
    else if (state === "failed") document.addEventListener("visibilitychange", retryWhenVisible);
    // The server no longer has this circuit (e.g. it restarted): a fresh page is the only way on.
    else if (state === "rejected") location.reload();
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        // true: reconnected; false: the server answered but lost the circuit; an error: the server is still unreachable.
        if (!(await Blazor.reconnect())) {
            if (await Blazor.resumeCircuit()) dialog.close();
            else location.reload();
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!(await Blazor.resumeCircuit())) location.reload();
    } catch {
        location.reload();
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") await retry();
}

dialog.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
