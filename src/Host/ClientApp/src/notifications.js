// Live task (and, for requesters, request) notifications for the signed-in user: the browser joins /hubs/notifications with its sign-in cookie
// and hands every message to the Blazor circuit, which refreshes the inbox badge and shows a toast.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';

const messages = ['TaskCreated', 'TaskAssigned', 'TaskCompleted', 'TaskOverdue', 'InstanceIncident', 'RequestUpdated'];

export async function connect(circuit) {
  const connection = new HubConnectionBuilder()
    .withUrl('/hubs/notifications')
    .withAutomaticReconnect()
    .configureLogging(LogLevel.Warning)
    .build();
  for (const message of messages) {
    connection.on(message, (payload) => circuit.invokeMethodAsync('Receive', message, payload));
  }
  connection.onreconnected(() => circuit.invokeMethodAsync('Reconnected'));
  await connection.start();
  document.body.dataset.liveNotifications = 'connected';
  return connection;
}

export async function disconnect(connection) {
  if (connection) await connection.stop();
}
