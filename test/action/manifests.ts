/** Manifests shared by the Action end-to-end tests. */

export const NAMESPACES = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
apiVersion: v1
kind: Namespace
metadata:
  name: monitoring
`;

export const workload = (ns: string, name: string, port = 8080) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      containers:
        - name: main
          image: example/${name}
          ports:
            - containerPort: ${port}
`;
