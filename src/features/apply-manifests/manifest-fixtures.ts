// Manifests written for the tests from the platform's documented shapes: one of each kind Gantry applies.
export const WORLD_MANIFEST = `apiVersion: apiextensions.rapyuta.io/v1
kind: Deployment
metadata:
  name: picker-run
  depends:
    kind: package
    nameOrGUID: picker
    version: 1.0.0
spec:
  runtime: device
  device:
    depends:
      kind: device
      nameOrGUID: dock-robot
  rosNetworks:
    - depends:
        kind: network
        nameOrGUID: floor-net
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Package
metadata:
  name: picker
  version: 1.0.0
spec:
  runtime: device
  device:
    arch: arm64v8
  executables:
    - name: picker
      type: docker
      command: roslaunch picker picker.launch
      docker:
        image: registry.example.com/picker:1.0.0
        pullSecret:
          depends:
            kind: secret
            nameOrGUID: registry-login
  ros:
    enabled: true
    version: noetic
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Network
metadata:
  name: floor-net
spec:
  type: routed
  runtime: cloud
  rosDistro: noetic
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Disk
metadata:
  name: maps
spec:
  runtime: cloud
  capacity: 4
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Device
metadata:
  name: dock-robot
spec:
  rosDistro: noetic
  docker:
    enabled: true
---
apiVersion: apiextensions.rapyuta.io/v1
kind: Secret
metadata:
  name: registry-login
spec:
  type: Docker
  docker:
    registry: https://registry.example.com
    username: robot
    password: hunter2
    email: robot@example.com
`;
